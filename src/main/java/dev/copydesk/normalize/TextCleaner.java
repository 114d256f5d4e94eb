package dev.copydesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Character-level clean-up of one line of text, the joining of wrapped lines, and the folded form
 * used to compare texts. Curly quotes and dashes are kept as written: they are the author's.
 */
final class TextCleaner {

  /** Unicode spaces that render as a plain space (NBSP, narrow NBSP, thin, figure, em, ...). */
  private static final Pattern SPACES =
      Pattern.compile("[\\t\\u000B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");

  /**
   * Invisible characters that only break matching and word counts (ZWSP, word joiner, BOM, SHY).
   */
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD\\u180E]");

  /**
   * ZWNJ/ZWJ are orthographic in Persian, Indic scripts and emoji sequences; next to ASCII or a
   * space they are only paste debris.
   */
  private static final Pattern STRAY_JOINER =
      Pattern.compile("(?<=^|[\\x00-\\x7F])[\\u200C\\u200D]|[\\u200C\\u200D](?=$|[\\x00-\\x7F])");

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");
  private static final Pattern RUNS = Pattern.compile(" {2,}");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029\\u0085]");
  private static final Pattern BROKEN_WORD = Pattern.compile("\\p{L}[-\\u2010\\u00AD]$");
  private static final Pattern FOLD_DROP = Pattern.compile("[^\\p{L}\\p{N} ]");

  private TextCleaner() {}

  /** One line: invisible characters out, odd spaces to one space, NFC, trimmed. */
  static String clean(String text) {
    String s = INVISIBLE.matcher(text).replaceAll("");
    s = STRAY_JOINER.matcher(s).replaceAll("");
    s = CONTROL.matcher(s).replaceAll("");
    s = SPACES.matcher(s).replaceAll(" ");
    s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
    return RUNS.matcher(s).replaceAll(" ").strip();
  }

  /**
   * The non-empty cleaned lines of a text. In PDF text a line ending in a hyphen (or soft hyphen)
   * is a word broken by the layout, so the soft hyphen must survive until {@link #join} sees it.
   */
  static List<String> lines(String text, boolean pdf) {
    List<String> lines = new ArrayList<>();
    for (String raw : LINE_BREAK.split(text, -1)) {
      String kept = pdf && raw.stripTrailing().endsWith("\u00AD") ? raw.stripTrailing() : null;
      String line = kept == null ? clean(raw) : clean(kept) + "\u00AD";
      if (!line.isEmpty() && !line.equals("\u00AD")) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * Joins soft-wrapped lines with a space; in PDF text ({@code pdf}) a hyphen at a line end joins
   * the word halves, because PDF layout hyphenates but no other format does.
   */
  static String join(List<String> lines, boolean pdf) {
    StringBuilder out = new StringBuilder();
    boolean glued = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i > 0 && !glued) {
        out.append(' ');
      }
      glued =
          pdf
              && i + 1 < lines.size()
              && BROKEN_WORD.matcher(line).find()
              && startsLower(lines.get(i + 1));
      out.append(glued ? line.substring(0, line.length() - 1) : line);
    }
    return out.toString().replace("\u00AD", "");
  }

  /** Case, punctuation and spacing folded away: for comparing texts, never for output. */
  static String fold(String text) {
    String s = FOLD_DROP.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return RUNS.matcher(s).replaceAll(" ").strip();
  }

  /** Whitespace-separated tokens that contain a letter or a digit. */
  static int words(String text) {
    int count = 0;
    for (String token : text.split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        count++;
      }
    }
    return count;
  }

  private static boolean startsLower(String s) {
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }
}
