package dev.copydesk.config;

/**
 * Tests' limits: the defaults with the named ones changed, so a test names only the limits it trips
 * and a new limit is added here once, not in every test that builds {@link Limits}.
 */
public final class LimitsBuilder {

  private long maxFileBytes;
  private int maxParts;
  private int maxConcurrentParses;
  private long parseTimeoutMs;
  private int maxTextChars;
  private int maxArchiveEntries;
  private long maxInflatedBytes;
  private int maxCompressionRatio;
  private int maxNestingDepth;
  private int maxEmbeddedDocuments;
  private final long requestIdleTimeoutMs;
  private final long minRequestDataRate;

  private LimitsBuilder(Limits d) {
    maxFileBytes = d.maxFileBytes();
    maxParts = d.maxParts();
    maxConcurrentParses = d.maxConcurrentParses();
    parseTimeoutMs = d.parseTimeoutMs();
    maxTextChars = d.maxTextChars();
    maxArchiveEntries = d.maxArchiveEntries();
    maxInflatedBytes = d.maxInflatedBytes();
    maxCompressionRatio = d.maxCompressionRatio();
    maxNestingDepth = d.maxNestingDepth();
    maxEmbeddedDocuments = d.maxEmbeddedDocuments();
    requestIdleTimeoutMs = d.requestIdleTimeoutMs();
    minRequestDataRate = d.minRequestDataRate();
  }

  public static LimitsBuilder defaults() {
    return new LimitsBuilder(Limits.defaults());
  }

  public LimitsBuilder maxFileBytes(long value) {
    maxFileBytes = value;
    return this;
  }

  public LimitsBuilder maxParts(int value) {
    maxParts = value;
    return this;
  }

  public LimitsBuilder maxConcurrentParses(int value) {
    maxConcurrentParses = value;
    return this;
  }

  public LimitsBuilder parseTimeoutMs(long value) {
    parseTimeoutMs = value;
    return this;
  }

  public LimitsBuilder maxTextChars(int value) {
    maxTextChars = value;
    return this;
  }

  public LimitsBuilder maxArchiveEntries(int value) {
    maxArchiveEntries = value;
    return this;
  }

  public LimitsBuilder maxInflatedBytes(long value) {
    maxInflatedBytes = value;
    return this;
  }

  public LimitsBuilder maxCompressionRatio(int value) {
    maxCompressionRatio = value;
    return this;
  }

  public LimitsBuilder maxNestingDepth(int value) {
    maxNestingDepth = value;
    return this;
  }

  public LimitsBuilder maxEmbeddedDocuments(int value) {
    maxEmbeddedDocuments = value;
    return this;
  }

  public Limits build() {
    return new Limits(
        maxFileBytes,
        maxParts,
        maxConcurrentParses,
        parseTimeoutMs,
        maxTextChars,
        maxArchiveEntries,
        maxInflatedBytes,
        maxCompressionRatio,
        maxNestingDepth,
        maxEmbeddedDocuments,
        requestIdleTimeoutMs,
        minRequestDataRate);
  }
}
