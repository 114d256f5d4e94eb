package dev.copydesk.dedupe;

import java.util.SplittableRandom;

/**
 * MinHash over shingle hashes: 128 permutations with fixed seeds, so signatures stored by one run
 * compare with the next. Only the lowest 8 bits of each minimum are kept (b-bit MinHash, Li and
 * König 2010): 128 bytes per document, and the Jaccard estimate corrects for the 1/256 chance that
 * two unrelated minima agree by accident.
 */
final class MinHasher {

  static final int PERMUTATIONS = 128;
  private static final long SEED = 0x6d696e68617368L;
  private static final double CHANCE = 1.0 / 256;

  private static final long[] MULTIPLIERS = new long[PERMUTATIONS];
  private static final long[] OFFSETS = new long[PERMUTATIONS];

  static {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int p = 0; p < PERMUTATIONS; p++) {
      MULTIPLIERS[p] = random.nextLong() | 1L;
      OFFSETS[p] = random.nextLong();
    }
  }

  private MinHasher() {}

  /**
   * The signature of a shingle set. Shingle hashes are already well mixed, so one multiply-add per
   * permutation (multiply-shift hashing) is a good enough permutation and keeps this at ~1 ns each.
   */
  static byte[] signature(long[] shingles) {
    long[] minima = new long[PERMUTATIONS];
    java.util.Arrays.fill(minima, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int p = 0; p < PERMUTATIONS; p++) {
        long value = (MULTIPLIERS[p] * shingle + OFFSETS[p]) >>> 32;
        if (value < minima[p]) {
          minima[p] = value;
        }
      }
    }
    byte[] signature = new byte[PERMUTATIONS];
    for (int p = 0; p < PERMUTATIONS; p++) {
      signature[p] = (byte) minima[p];
    }
    return signature;
  }

  /** Estimated Jaccard similarity of the two sets behind these signatures. */
  static double estimateJaccard(byte[] a, byte[] b) {
    int equal = 0;
    for (int p = 0; p < PERMUTATIONS; p++) {
      equal += a[p] == b[p] ? 1 : 0;
    }
    double raw = (double) equal / PERMUTATIONS;
    return Math.max(0, (raw - CHANCE) / (1 - CHANCE));
  }
}
