package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks which blocks of a whole page belong to the main content Readability found. The page's own
 * blocks are kept (Readability re-cuts paragraphs into fragments as it cleans); Readability's text
 * only decides the marks. Matching is on lower-cased word sequences, in page order: a block is
 * main when its words occur in the main text at or shortly after the previous match; a block of
 * {@value #MIN_FREE_TOKENS}+ words may also match out of order, or by {@value #OVERLAP}% of its
 * words when Readability removed something inside it.
 */
final class MainContentMerge {

  static final int MIN_FREE_TOKENS = 4;
  static final int OVERLAP = 80;
  static final int MIN_OVERLAP_TOKENS = 12;
  /** How far (in characters of main text) a short block may sit after the previous match. */
  private static final int SHORT_BLOCK_WINDOW = 40;

  private static final Pattern TOKEN =
      Pattern.compile(
          "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]"
              + "|[[\\p{L}\\p{N}]&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");

  private final String mainWords;
  private final Map<String, Integer> mainBag = new HashMap<>();
  private int cursor;

  private MainContentMerge(List<Piece> main) {
    StringBuilder words = new StringBuilder(" ");
    for (Piece piece : main) {
      for (String token : tokens(piece.text())) {
        words.append(token).append(' ');
        mainBag.merge(token, 1, Integer::sum);
      }
    }
    mainWords = words.toString();
  }

  /** The page's pieces, each marked main or not. */
  static List<Piece> merge(List<Piece> page, List<Piece> main) {
    MainContentMerge merge = new MainContentMerge(main);
    List<Piece> marked = new ArrayList<>();
    boolean previous = false;
    for (Piece piece : page) {
      List<String> tokens = tokens(piece.text());
      // A block of only symbols (a bullet, a dash) goes with the block before it.
      boolean isMain = tokens.isEmpty() ? previous : merge.isMain(tokens);
      marked.add(new Piece(piece.kind(), piece.styleClass(), piece.text(), piece.page(), isMain));
      previous = isMain;
    }
    return marked;
  }

  private boolean isMain(List<String> tokens) {
    String needle = " " + String.join(" ", tokens) + " ";
    boolean long_ = tokens.size() >= MIN_FREE_TOKENS;
    int at = mainWords.indexOf(needle, cursor);
    if (at >= 0 && (long_ || at - cursor <= SHORT_BLOCK_WINDOW)) {
      cursor = at + needle.length() - 1;
      return true;
    }
    if (!long_) {
      return false;
    }
    return mainWords.contains(needle);
  }

  private int overlap(List<String> tokens) {
    Map<String, Integer> left = new HashMap<>(mainBag);
    int found = 0;
    for (String token : tokens) {
      Integer n = left.get(token);
      if (n != null && n > 0) {
        left.put(token, n - 1);
        found++;
      }
    }
    return found;
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
