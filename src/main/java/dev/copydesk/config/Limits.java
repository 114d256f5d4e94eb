package dev.copydesk.config;

/** Every input limit, named and explicit. Sizes in bytes, times in milliseconds. */
public record Limits(
    long maxFileBytes,
    int maxParts,
    int maxConcurrentParses,
    long parseTimeoutMs,
    int maxTextChars,
    int maxArchiveEntries,
    long maxInflatedBytes,
    int maxCompressionRatio,
    int maxNestingDepth,
    int maxEmbeddedDocuments,
    long requestIdleTimeoutMs,
    long minRequestDataRate) {

  private static final long MIB = 1024L * 1024L;

  public static Limits defaults() {
    return new Limits(
        50 * MIB, // maxFileBytes
        100, // maxParts
        4, // maxConcurrentParses
        30_000, // parseTimeoutMs
        5_000_000, // maxTextChars: Tika's write limit
        10_000, // maxArchiveEntries
        1024 * MIB, // maxInflatedBytes
        100, // maxCompressionRatio
        3, // maxNestingDepth
        100, // maxEmbeddedDocuments
        30_000, // requestIdleTimeoutMs
        1024); // minRequestDataRate: bytes per second
  }
}
