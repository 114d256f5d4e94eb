package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Marks which blocks of a whole page belong to the main content Readability found. The page's own
 * blocks are kept (Readability re-cuts paragraphs into fragments as it cleans); Readability's text
 * only decides the marks. Matching is on lower-cased word sequences, in page order: a block is main
 * when its words occur in the main text at or shortly after the previous match; a block of {@value
 * #MIN_FREE_TOKENS} words or more may also match earlier (pages repeat headings in a table of
 * contents). CJK characters count as one word each, as those scripts do not space words. A list
 * item's number is left out: the page's and Readability's lists may count their items differently.
 */
final class MainContentMerge {

  static final int MIN_FREE_TOKENS = 4;

  /** How many main-text words a short block may sit after the previous match. */
  private static final int SHORT_BLOCK_WINDOW = 6;

  private final List<String> mainWords = new ArrayList<>();

  /** Where each word occurs in the main text, ascending: candidates for a block's first word. */
  private final Map<String, List<Integer>> positions = new HashMap<>();

  private int cursor;

  private MainContentMerge(List<Piece> main) {
    for (Piece piece : main) {
      for (String token : tokens(ItemLabels.withoutNumber(piece.text()))) {
        positions.computeIfAbsent(token, k -> new ArrayList<>()).add(mainWords.size());
        mainWords.add(token);
      }
    }
  }

  /** The page's pieces, each marked main or not. */
  static List<Piece> merge(List<Piece> page, List<Piece> main) {
    MainContentMerge merge = new MainContentMerge(main);
    List<Piece> marked = new ArrayList<>();
    boolean previous = false;
    for (Piece piece : page) {
      List<String> tokens = tokens(ItemLabels.withoutNumber(piece.text()));
      // A block of only symbols (a bullet, a dash) goes with the block before it.
      boolean isMain = tokens.isEmpty() ? previous : merge.isMain(tokens);
      marked.add(piece.marked(isMain));
      previous = isMain;
    }
    return marked;
  }

  private boolean isMain(List<String> tokens) {
    boolean free = tokens.size() >= MIN_FREE_TOKENS;
    int at = find(tokens, cursor);
    if (at >= 0 && (free || at - cursor <= SHORT_BLOCK_WINDOW)) {
      cursor = at + tokens.size();
      return true;
    }
    return free && find(tokens, 0) >= 0;
  }

  /** The first word position at or after {@code from} where the block's words all occur, or -1. */
  private int find(List<String> tokens, int from) {
    for (int start : positions.getOrDefault(tokens.get(0), List.of())) {
      if (start >= from && matchesAt(tokens, start)) {
        return start;
      }
    }
    return -1;
  }

  private boolean matchesAt(List<String> tokens, int start) {
    if (start + tokens.size() > mainWords.size()) {
      return false;
    }
    for (int i = 1; i < tokens.size(); i++) {
      if (!mainWords.get(start + i).equals(tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lower-cased words of {@code text}: runs of letters and digits, and every Han, Hiragana or
   * Katakana character alone. One pass over the code points (a regex with Unicode class
   * intersections was a third of the HTML main-content pass); {@code MainContentMergeTest} checks
   * it against that regex.
   */
  static List<String> tokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean cjk = isCjk(cp);
      if (start >= 0 && (cjk || !isWordChar(cp))) {
        tokens.add(lower.substring(start, i));
        start = -1;
      }
      if (cjk) {
        tokens.add(lower.substring(i, next));
      } else if (start < 0 && isWordChar(cp)) {
        start = i;
      }
      i = next;
    }
    if (start >= 0) {
      tokens.add(lower.substring(start));
    }
    return tokens;
  }

  /** Han, Hiragana and Katakana start at U+2E80; the script lookup is only needed above it. */
  private static boolean isCjk(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** {@code \p{L}} or {@code \p{N}}. */
  private static boolean isWordChar(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
