package dev.copydesk.dedupe;

import java.util.Arrays;

/**
 * Word shingles (k consecutive folded words) as sorted, distinct 64-bit hashes, and the exact
 * overlap of two such sets. Shingles are built over words, never bytes, so re-formatting does not
 * change them.
 */
final class Shingles {

  /** The shingle size TEXT.md measured the cross-article thresholds with. */
  static final int ARTICLE_K = 5;

  private Shingles() {}

  /**
   * The distinct k-shingles of {@code words}. A sequence shorter than k is one shingle of all its
   * words, so a short text still has something to match on.
   */
  static long[] of(long[] words, int k) {
    if (words.length == 0) {
      return new long[0];
    }
    if (words.length < k) {
      return new long[] {TextFold.sequenceHash(words, 0, words.length)};
    }
    long[] out = new long[words.length - k + 1];
    for (int i = 0; i < out.length; i++) {
      long h = k;
      for (int j = i; j < i + k; j++) {
        h = TextFold.mix(Long.rotateLeft(h, 29) ^ words[j]);
      }
      out[i] = h;
    }
    return distinctSorted(out);
  }

  /** How many hashes two sorted, distinct sets share. */
  static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      int c = Long.compare(a[i], b[j]);
      if (c == 0) {
        shared++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  static long[] distinctSorted(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }
}
