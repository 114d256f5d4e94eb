package dev.copydesk.dedupe;

/**
 * How much two shingle sets share: the intersection (exact, or estimated from MinHash) and both
 * sizes. Containment is measured against the smaller set: "how much of the shorter text is in the
 * longer one".
 */
record Overlap(double shared, int sizeA, int sizeB) {

  static Overlap exact(long[] a, long[] b) {
    return new Overlap(Shingles.intersection(a, b), a.length, b.length);
  }

  /** From an estimated Jaccard: |A∩B| = J·(|A|+|B|)/(1+J). */
  static Overlap fromJaccard(double jaccard, int sizeA, int sizeB) {
    return new Overlap(jaccard * (sizeA + sizeB) / (1 + jaccard), sizeA, sizeB);
  }

  double jaccard() {
    double union = sizeA + sizeB - shared;
    return union <= 0 ? 0 : Math.min(1, shared / union);
  }

  double containment() {
    int smaller = Math.min(sizeA, sizeB);
    return smaller == 0 ? 0 : Math.min(1, shared / smaller);
  }
}
