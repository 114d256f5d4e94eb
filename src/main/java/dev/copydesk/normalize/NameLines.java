package dev.copydesk.normalize;

import static dev.copydesk.normalize.MetadataSources.Field.AUTHORS;

import dev.copydesk.model.BlockKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line holding only the author's name, as Word, ODT and PDF templates (and pandoc) set the
 * byline: {@code Rosalind Hart} above the first paragraph; also several names ({@code Rosalind Hart
 * and Colm Ferrity}) and a name with its job or agency after a comma ({@code Rosalind Hart, Staff
 * Writer}). Only {@link TopMatter} asks, so only lines in the head of an article qualify; a short
 * heading elsewhere ("Public Library") is never a name. A name equal to the document's own author
 * property is sure; otherwise it is a medium guess. A section label set the same way ({@code Local
 * News}, {@code Door Prize Winners}) is no name line: see {@link NameLine#personal}.
 */
final class NameLines {

  /** What a name line states: the names (as usually cased) and the role after them, or null. */
  record NameLine(List<String> names, String role) {

    /**
     * Whether every name reads as a person's rather than as a label made of English words: its
     * first word is no plain word (one never used as a name: {@code Door Prize Winners}, {@code
     * Local News}, {@code City Hall}), nor are two of its words ({@code Av Club Meets Tonight},
     * {@code Von Trapp Family Singers}), and its last is no newspaper's ({@code Harlan Gazette}). A
     * plain surname alone passes ({@code Anna Field}), as does a name that is also a word ({@code
     * Will Young}).
     */
    boolean personal() {
      return names.stream().noneMatch(NameLines::label);
    }
  }

  static final String SOURCE = "text:name-line";
  static final int MIN_WORDS = 2;
  static final int MAX_WORDS = 4;

  /** At most this many names on one line. */
  private static final int MAX_NAMES = 3;

  private static final Pattern DIGIT = Pattern.compile("\\p{N}");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern LAST_AND = Pattern.compile("\\s(?:and|&)\\s[^,]+$");

  /** A newspaper's name ends so: {@code Harlan Gazette}, {@code Courier Times}. */
  private static final Set<String> MASTHEAD_WORDS =
      Set.of(
          "gazette",
          "tribune",
          "chronicle",
          "courier",
          "times",
          "journal",
          "observer",
          "examiner",
          "sentinel",
          "dispatch",
          "telegraph",
          "inquirer",
          "bulletin",
          "news",
          "daily",
          "weekly");

  /** An initial, with its full stop: {@code J.}, {@code J.R.}. */
  private static final Pattern INITIAL = Pattern.compile("(?:\\p{Lu}\\.)+");

  private NameLines() {}

  /**
   * The names a unit holds alone: one to three names of 2–4 capitalised words each, no digits, no
   * verb, maybe a job ({@code Staff Writer}) or an agency after a last comma. Names listed with
   * commas end with "and" ({@code A, B and C}): {@code Rosalind Hart, Harlan Gazette} is no list.
   */
  static Optional<NameLine> read(Unit unit) {
    String text = unit.text().strip();
    if ((unit.kind() != BlockKind.PARAGRAPH && unit.kind() != BlockKind.HEADING)
        || unit.words() < MIN_WORDS
        || unit.words() > MAX_NAMES * MAX_WORDS + 2
        || DIGIT.matcher(text).find()) {
      return Optional.empty();
    }
    int comma = text.lastIndexOf(',');
    String after = comma > 0 ? text.substring(comma + 1).strip() : "";
    boolean roleAfter =
        comma > 0
            && (Names.mentionsRole(after) || Names.agency(after.replaceFirst("(?i)^the ", "")));
    String role = roleAfter ? after : null;
    String people = roleAfter ? text.substring(0, comma) : text;
    if (people.indexOf(',') >= 0 && !LAST_AND.matcher(people).find()) {
      return Optional.empty(); // "Rosalind Hart, Harlan Gazette": a name and a paper, or two?
    }
    return Names.list(people)
        .filter(names -> names.size() <= MAX_NAMES)
        .filter(names -> names.stream().allMatch(NameLines::nameSized))
        .map(names -> new NameLine(names.stream().map(Names::usualCase).toList(), role));
  }

  /** Whether a unit is a name line ({@link #read}) naming people ({@link NameLine#personal}). */
  static boolean isNameLine(Unit unit) {
    return read(unit).filter(NameLine::personal).isPresent();
  }

  /** The authors a name line states; high confidence when the document's properties agree. */
  static Found author(NameLine line, List<String> propertyAuthors) {
    Found found = MetadataSources.text(AUTHORS, SOURCE, line.names());
    return confirms(line, propertyAuthors) ? found.withConfidence(MetadataSources.HIGH) : found;
  }

  /** A name line whose first name is the document's author property: sure to be the byline. */
  static boolean confirmed(Unit unit, List<String> propertyAuthors) {
    return read(unit).filter(line -> confirms(line, propertyAuthors)).isPresent();
  }

  /** Whether the line's first name is one of the document's author properties. */
  static boolean confirms(NameLine line, List<String> propertyAuthors) {
    String name = TextCleaner.fold(line.names().get(0));
    return propertyAuthors.stream().anyMatch(a -> TextCleaner.fold(a).equals(name));
  }

  private static boolean label(String name) {
    List<String> words =
        Arrays.stream(SPACE.split(name.strip()))
            .filter(word -> !Names.particle(word) && !INITIAL.matcher(word).matches())
            .toList();
    if (words.isEmpty()) {
      return false;
    }
    long plain = words.stream().filter(PlainWords::contains).count();
    return PlainWords.contains(words.get(0))
        || plain >= 2
        || MASTHEAD_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
  }

  private static boolean nameSized(String name) {
    int words = SPACE.split(name.strip()).length;
    return words >= MIN_WORDS && words <= MAX_WORDS;
  }
}
