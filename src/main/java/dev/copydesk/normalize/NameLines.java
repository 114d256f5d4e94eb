package dev.copydesk.normalize;

import static dev.copydesk.normalize.MetadataSources.Field.AUTHORS;

import dev.copydesk.model.BlockKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line holding only the author's name, as Word, ODT and PDF templates (and pandoc) set the
 * byline: {@code Rosalind Hart} above the first paragraph. Only {@link TopMatter} asks, so only
 * lines in the head of an article qualify; a short heading elsewhere ("Public Library") is never a
 * name. A name equal to the document's own author property is sure; otherwise it is a medium guess.
 */
final class NameLines {

  static final String SOURCE = "text:name-line";
  static final int MIN_WORDS = 2;
  static final int MAX_WORDS = 4;

  private static final Pattern DIGIT = Pattern.compile("\\p{N}");

  private NameLines() {}

  /** Whether a unit is a personal name alone: 2–4 capitalised words, no digits, no verb. */
  static boolean isNameLine(Unit unit) {
    String text = unit.text();
    int words = unit.words();
    return (unit.kind() == BlockKind.PARAGRAPH || unit.kind() == BlockKind.HEADING)
        && words >= MIN_WORDS
        && words <= MAX_WORDS
        && !DIGIT.matcher(text).find()
        && Names.name(text).isPresent();
  }

  /** The author a name line states; high confidence when the document's properties agree. */
  static Found author(String line, List<String> propertyAuthors) {
    Found found = MetadataSources.text(AUTHORS, SOURCE, List.of(Names.name(line).orElseThrow()));
    return confirmed(line, propertyAuthors) ? found.withConfidence(MetadataSources.HIGH) : found;
  }

  /** A name line that repeats the document's author property: sure to be the byline. */
  static boolean confirmed(Unit unit, List<String> propertyAuthors) {
    return isNameLine(unit) && confirmed(unit.text(), propertyAuthors);
  }

  private static boolean confirmed(String line, List<String> propertyAuthors) {
    String name = TextCleaner.fold(line);
    return propertyAuthors.stream().anyMatch(a -> TextCleaner.fold(a).equals(name));
  }
}
