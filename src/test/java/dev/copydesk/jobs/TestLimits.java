package dev.copydesk.jobs;

import dev.copydesk.config.Limits;

/** Default limits with the archive ones changed, for tests that trip them cheaply. */
final class TestLimits {

  private TestLimits() {}

  static Limits archive(
      long maxFileBytes, int maxEntries, long maxInflated, int maxRatio, int maxDepth) {
    Limits d = Limits.defaults();
    return new Limits(
        maxFileBytes,
        d.maxParts(),
        d.maxConcurrentParses(),
        d.parseTimeoutMs(),
        d.maxTextChars(),
        maxEntries,
        maxInflated,
        maxRatio,
        maxDepth,
        d.maxEmbeddedDocuments(),
        d.requestIdleTimeoutMs(),
        d.minRequestDataRate());
  }

  static Limits entries(int maxEntries) {
    Limits d = Limits.defaults();
    return archive(
        d.maxFileBytes(),
        maxEntries,
        d.maxInflatedBytes(),
        d.maxCompressionRatio(),
        d.maxNestingDepth());
  }
}
