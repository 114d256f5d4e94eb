package dev.copydesk.jobs;

import dev.copydesk.config.Limits;
import dev.copydesk.config.LimitsBuilder;

/** Default limits with the archive ones changed, for tests that trip them cheaply. */
final class TestLimits {

  private TestLimits() {}

  static Limits archive(
      long maxFileBytes, int maxEntries, long maxInflated, int maxRatio, int maxDepth) {
    return LimitsBuilder.defaults()
        .maxFileBytes(maxFileBytes)
        .maxArchiveEntries(maxEntries)
        .maxInflatedBytes(maxInflated)
        .maxCompressionRatio(maxRatio)
        .maxNestingDepth(maxDepth)
        .build();
  }

  static Limits entries(int maxEntries) {
    return LimitsBuilder.defaults().maxArchiveEntries(maxEntries).build();
  }
}
