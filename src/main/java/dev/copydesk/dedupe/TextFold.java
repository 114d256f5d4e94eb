package dev.copydesk.dedupe;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds text to the word sequence duplicates are judged on: NFKC (PDF ligatures, full-width forms),
 * lower case, hyphenated line breaks joined, invisible characters dropped, and every run of
 * letters/digits a word. Quotes, dashes, NBSPs and line wrapping disappear, so the same article
 * extracted from docx, pdf or html folds to the same words. Words are kept as 64-bit hashes: that
 * is all shingling needs.
 */
final class TextFold {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private TextFold() {}

  /** The word hashes of {@code text}, in order. */
  static long[] words(String text) {
    String folded = nfkc(text);
    long[] out = new long[16];
    int count = 0;
    int i = 0;
    int n = folded.length();
    while (i < n) {
      int cp = folded.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      long h = FNV_OFFSET;
      while (i < n) {
        cp = folded.codePointAt(i);
        if (isWordChar(cp)) {
          h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
          i += Character.charCount(cp);
        } else if (isInvisible(cp)) {
          i++;
        } else if (isHyphen(cp) && continuesAfterLineBreak(folded, i + 1)) {
          i = skipSpace(folded, i + 1);
        } else {
          break;
        }
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

  /** NFKC only when needed: most text is already normalised, and the check is cheap. */
  private static String nfkc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFKC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  /**
   * {@code recog-\nnised} from a hyphenating layout: a hyphen, white space, then a lower-case
   * letter continues the word (a compound such as {@code well-known} has no space).
   */
  private static boolean continuesAfterLineBreak(String text, int from) {
    int next = skipSpace(text, from);
    return next > from && next < text.length() && Character.isLowerCase(text.codePointAt(next));
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isHyphen(int cp) {
    return cp == '-' || cp == 0x2010;
  }

  /** Soft hyphen, zero-width space/joiners, word joiner, BOM: present in one format only. */
  private static boolean isInvisible(int cp) {
    return cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
