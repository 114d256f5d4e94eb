package dev.copydesk.jobs;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;

/**
 * What one submission may still take: archive entries and inflated bytes, counted across every
 * archive in it (nested ones included), so a bomb is stopped before it inflates past the limit.
 */
final class IntakeBudget {

  /**
   * Below this many compressed bytes the ratio is not judged: small, very repetitive text
   * legitimately compresses far better than the limit, and the byte cap still bounds it.
   */
  static final long RATIO_FLOOR = 1024L * 1024L;

  private final Limits limits;
  private long entries;
  private long inflated;

  IntakeBudget(Limits limits) {
    this.limits = limits;
  }

  Limits limits() {
    return limits;
  }

  /** Fails fast when an archive announces more entries than are left. */
  void expectEntries(long announced) throws IntakeException {
    if (entries + announced > limits.maxArchiveEntries()) {
      throw tooMany();
    }
  }

  /** Fails fast when an archive declares more inflated bytes than are left (sizes can lie low). */
  void expectInflated(long declared) throws IntakeException {
    if (inflated + declared > limits.maxInflatedBytes()) {
      throw bomb();
    }
  }

  /**
   * Takes {@code more} files beyond the entries counted so far (the stories of a feed capture, cut
   * into files of their own) if they fit within the entry limit; false, taking none, if not.
   */
  boolean tryEntries(long more) {
    if (entries + more > limits.maxArchiveEntries()) {
      return false;
    }
    entries += more;
    return true;
  }

  void entry() throws IntakeException {
    if (++entries > limits.maxArchiveEntries()) {
      throw tooMany();
    }
  }

  /** Counts {@code bytes} more inflated bytes of a stream that came from {@code compressed}. */
  void inflated(long bytes, long streamInflated, long compressed) throws IntakeException {
    inflated += bytes;
    if (inflated > limits.maxInflatedBytes()) {
      throw bomb();
    }
    long ratioCap = (long) limits.maxCompressionRatio() * Math.max(compressed, RATIO_FLOOR);
    if (streamInflated > ratioCap) {
      throw IntakeException.submission(
          ErrorCode.ARCHIVE_BOMB,
          "The archive inflates more than " + limits.maxCompressionRatio() + " times its size");
    }
  }

  private IntakeException bomb() {
    return IntakeException.submission(
        ErrorCode.ARCHIVE_BOMB,
        "The archive inflates past " + limits.maxInflatedBytes() + " bytes");
  }

  private IntakeException tooMany() {
    return IntakeException.submission(
        ErrorCode.TOO_MANY_ENTRIES,
        "The archive has more than " + limits.maxArchiveEntries() + " entries");
  }
}
