package dev.copydesk.dedupe;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text to the word sequence duplicates are judged on: NFKC (PDF ligatures, full-width
 * forms), lower case, hyphenated line breaks joined, and every run of letters/digits a word. Quotes,
 * dashes, NBSPs and line wrapping disappear, so the same article extracted from docx, pdf or html
 * folds to the same words. Words are kept as 64-bit hashes: that is all shingling needs.
 */
final class TextFold {

  /** {@code recog-\nnised} from a hyphenating layout; the lower-case tail tells it from a compound. */
  private static final Pattern LINE_BREAK_HYPHEN =
      Pattern.compile("(\\p{L})[-\u00AD\u2010]\\s+(\\p{Ll})");

  /** Invisible characters that split a word in one format and not in another. */
  private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B-\u200D\u2060\uFEFF]");

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private TextFold() {}

  /** The word hashes of {@code text}, in order. */
  static long[] words(String text) {
    String folded = fold(text);
    long[] out = new long[16];
    int count = 0;
    int i = 0;
    while (i < folded.length()) {
      int cp = folded.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      long h = FNV_OFFSET;
      while (i < folded.length() && isWordChar(cp = folded.codePointAt(i))) {
        h = (h ^ cp) * FNV_PRIME;
        i += Character.charCount(cp);
      }
      if (count == out.length) {
        out = Arrays.copyOf(out, count * 2);
      }
      out[count++] = mix(h);
    }
    return Arrays.copyOf(out, count);
  }

  /** Words as a reader counts them: whitespace-separated tokens holding a letter or digit. */
  static int wordCount(String text) {
    int count = 0;
    boolean inToken = false;
    boolean hasWordChar = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        count += inToken && hasWordChar ? 1 : 0;
        inToken = false;
        hasWordChar = false;
      } else {
        inToken = true;
        hasWordChar |= Character.isLetterOrDigit(cp);
      }
    }
    return count + (inToken && hasWordChar ? 1 : 0);
  }

  /**
   * A 47-bit hash of a word sequence (non-negative, so it fits SQLite's 6-byte integers); 0 for an
   * empty sequence.
   */
  static long sequenceHash(long[] words, int from, int to) {
    long h = 0x2545F4914F6CDD1DL;
    for (int i = from; i < to; i++) {
      h = mix(Long.rotateLeft(h, 23) ^ words[i]);
    }
    return from == to ? 0 : (h & 0x7FFF_FFFF_FFFFL) | 1L;
  }

  /** Murmur3's 64-bit finaliser: cheap, and spreads every input bit over the whole word. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private static String fold(String text) {
    String visible = INVISIBLE.matcher(text).replaceAll("");
    String nfkc = Normalizer.normalize(visible, Normalizer.Form.NFKC);
    return LINE_BREAK_HYPHEN.matcher(nfkc).replaceAll("$1$2").toLowerCase(Locale.ROOT);
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
