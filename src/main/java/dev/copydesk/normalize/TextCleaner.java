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
  private static boolean isOddSpace(char c) {
    return c == '\t'
        || c == '\u000B'
        || c == '\f'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  /**
   * Invisible characters that only break matching and word counts (ZWSP, word joiner, BOM, SHY).
   */
  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u180E';
  }

  /** C0 controls and DEL; tab, vertical tab and form feed are odd spaces, CR and LF stay. */
  private static boolean isControl(char c) {
    return c <= '\u0008' || (c >= '\u000E' && c <= '\u001F') || c == '\u007F';
  }

  /**
   * ZWNJ/ZWJ are orthographic in Persian, Indic scripts and emoji sequences; next to ASCII, a space
   * or the edge of the text they are only paste debris.
   */
  private static boolean isJoiner(char c) {
    return c == '\u200C' || c == '\u200D';
  }

  private static final Pattern RUNS = Pattern.compile(" {2,}");

  /**
   * A line that only closes the sentence before it (a full stop a Word 97 comment mark pushed onto
   * a line of its own): it goes back onto that line, never into a paragraph of its own.
   */
  private static final Pattern CLOSING_ONLY = Pattern.compile("[.,;:!?]+[”’\"')\\]]*");

  private static final Pattern BROKEN_WORD = Pattern.compile("\\p{L}[-\\u2010\\u00AD]$");
  private static final Pattern FOLD_DROP = Pattern.compile("[^\\p{L}\\p{N} ]");

  private TextCleaner() {}

  /**
   * One line: invisible characters out, odd spaces to one space, NFC, trimmed. One pass over the
   * characters: this runs on every line of every file, so it must not cost a regex per rule.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isInvisible(c) || isControl(c) || (isJoiner(c) && isStrayJoiner(text, i))) {
        continue;
      }
      char kept = isOddSpace(c) ? ' ' : c;
      if (kept != ' ' || out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
        out.append(kept);
      }
    }
    String s = out.toString();
    if (!java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC)) {
      s =
          RUNS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC))
              .replaceAll(" ");
    }
    return s.strip();
  }

  /**
   * Whether {@link #clean} leaves nothing of the text. A letter or digit always stays (it is no
   * invisible, control, joiner or space character), so a word settles it without cleaning.
   */
  static boolean cleansToNothing(String text) {
    return !hasMoreWords(text, 0) && clean(text).isEmpty();
  }

  /** A joiner with ASCII (or nothing) on either side, invisible characters not counted. */
  private static boolean isStrayJoiner(String text, int at) {
    int before = at - 1;
    while (before >= 0 && isInvisible(text.charAt(before))) {
      before--;
    }
    int after = at + 1;
    while (after < text.length() && isInvisible(text.charAt(after))) {
      after++;
    }
    return before < 0
        || text.charAt(before) <= '\u007F'
        || after >= text.length()
        || text.charAt(after) <= '\u007F';
  }

  /**
   * The non-empty cleaned lines of a text. In PDF text a line ending in a hyphen (or soft hyphen)
   * is a word broken by the layout, so the soft hyphen must survive until {@link #join} sees it.
   */
  static List<String> lines(String text, boolean pdf) {
    List<String> lines = new ArrayList<>();
    for (String raw : splitLines(text)) {
      String kept = pdf && raw.stripTrailing().endsWith("\u00AD") ? raw.stripTrailing() : null;
      String line = kept == null ? clean(raw) : clean(kept) + "\u00AD";
      if (!lines.isEmpty() && CLOSING_ONLY.matcher(line).matches()) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line);
      } else if (!line.isEmpty() && !line.equals("\u00AD")) {
        lines.add(line);
      }
    }
    return lines;
  }

  /**
   * The text cut at each line break (CR LF, CR, LF, U+0085, U+2028, U+2029), empty pieces kept:
   * what {@code Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029\\u0085]").split(text, -1)} returns,
   * in a sixth of its time (the regex tried its alternatives at every character of every file).
   */
  static List<String> splitLines(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        pieces.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    pieces.add(text.substring(start));
    return pieces;
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
          pdf && i + 1 < lines.size() && endsInBrokenWord(line) && startsLower(lines.get(i + 1));
      out.append(glued ? line.substring(0, line.length() - 1) : line);
    }
    return out.toString().replace("\u00AD", "");
  }

  /** Case, punctuation and spacing folded away: for comparing texts, never for output. */
  static String fold(String text) {
    String s = FOLD_DROP.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return RUNS.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Tokens separated by ASCII whitespace that contain a letter or a digit (one pass, no regex: this
   * counts every line of every file, several times).
   */
  static int words(String text) {
    return countWords(text, Integer.MAX_VALUE);
  }

  /** Whether {@link #words} is over {@code limit}, reading no further than needed to know. */
  static boolean hasMoreWords(String text, int limit) {
    return countWords(text, limit + 1) > limit;
  }

  private static int countWords(String text, int stopAt) {
    int count = 0;
    boolean counted = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r')) { // what a regex \s matches
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        count++;
        counted = true;
        if (count == stopAt) {
          return count;
        }
      }
      i += Character.charCount(c);
    }
    return count;
  }

  /**
   * {@link #BROKEN_WORD}, asked only of a line that ends in a hyphen or a line break (the pattern
   * cannot match any other): almost no line does, and this runs on every line of every PDF.
   */
  private static boolean endsInBrokenWord(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    boolean possible =
        last == '-'
            || last == '\u2010'
            || last == '\u00AD'
            || last == '\n'
            || last == '\r'
            || last == '\u0085'
            || last == '\u2028'
            || last == '\u2029';
    return possible && BROKEN_WORD.matcher(line).find();
  }

  private static boolean startsLower(String s) {
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }
}
