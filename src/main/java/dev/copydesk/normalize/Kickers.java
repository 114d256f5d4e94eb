package dev.copydesk.normalize;

import dev.copydesk.model.BlockKind;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A kicker (overline, rubric): the label a page or template sets above the headline, {@code
 * OPINION}, {@code Analysis}, {@code EXCLUSIVE:}. Read as the title, it pushed the headline down to
 * the standfirst. A kicker is a known label, or any short line ending in a colon, directly above a
 * longer headline.
 */
final class Kickers {

  static final int MAX_WORDS = 3;

  /** A headline under a kicker says more than the kicker: four words or more. */
  static final int HEADLINE_MIN_WORDS = 4;

  private static final Set<String> LABELS =
      Set.of(
          "opinion",
          "analysis",
          "news analysis",
          "comment",
          "commentary",
          "editorial",
          "exclusive",
          "breaking",
          "breaking news",
          "news",
          "local news",
          "world",
          "sport",
          "sports",
          "business",
          "politics",
          "review",
          "interview",
          "feature",
          "obituary",
          "letters",
          "explainer",
          "live",
          "investigation",
          "special report",
          "fact check",
          "perspective",
          "column",
          "essay",
          "profile",
          "insight",
          "in depth",
          "first person");

  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:|–—-]+$");
  private static final Pattern DIGIT = Pattern.compile("\\p{N}");

  private Kickers() {}

  /** Whether {@code unit} is a kicker over {@code headline}, the line after it. */
  static boolean isKicker(Unit unit, Unit headline) {
    String text = unit.text().strip();
    return (unit.kind() == BlockKind.PARAGRAPH || unit.kind() == BlockKind.HEADING)
        && unit.words() <= MAX_WORDS
        && !DIGIT.matcher(text).find()
        && (text.endsWith(":") || LABELS.contains(label(text)))
        && headline.words() >= HEADLINE_MIN_WORDS
        && TopMatter.titleLike(headline);
  }

  /** The kicker as printed, without a colon or dash after it. */
  static String printed(String text) {
    return TRAILING_MARKS.matcher(text.strip()).replaceAll("");
  }

  private static String label(String text) {
    return printed(text).toLowerCase(Locale.ROOT);
  }
}
