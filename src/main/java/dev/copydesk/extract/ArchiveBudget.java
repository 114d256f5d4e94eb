package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts one pass over an archive (entries, inflated bytes, nesting) and stops it at the first
 * limit. The first breach is kept here as well as thrown, because archive libraries may wrap or
 * swallow what a read throws.
 */
final class ArchiveBudget {

  /** Small parts may compress very well (XML of a short docx); ratios count only above this. */
  static final long RATIO_GRACE_BYTES = 1024 * 1024;

  private static final int MAX_NAMES_KEPT = 20;

  /** Unwinds a scan from deep inside a library read; converted to a value by the scanner. */
  static final class Breach extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Breach(String message) {
      super(message, null, false, false);
    }
  }

  private final Limits limits;
  private final List<String> unsafeNames = new ArrayList<>();
  private int entries;
  private long inflated;
  private int deepest;
  private int unsafeCount;
  private IngestError breach;

  ArchiveBudget(Limits limits) {
    this.limits = limits;
  }

  void enterArchive(int depth) {
    deepest = Math.max(deepest, depth);
    if (depth > limits.maxNestingDepth()) {
      fail(
          ErrorCode.TOO_DEEP,
          "archives nested " + depth + " deep; the limit is " + limits.maxNestingDepth());
    }
  }

  void entry(String name) {
    entries++;
    if (entries > limits.maxArchiveEntries()) {
      fail(ErrorCode.TOO_MANY_ENTRIES, "more than " + limits.maxArchiveEntries() + " entries");
    }
    if (EntryNames.unsafe(name)) {
      unsafeCount++;
      if (unsafeNames.size() < MAX_NAMES_KEPT) {
        unsafeNames.add(name.length() > 200 ? name.substring(0, 200) : name);
      }
    }
  }

  /** How many bytes the next read may inflate: one past the limit at most, to detect it. */
  int allowance(int wanted) {
    return (int) Math.min(wanted, Math.max(1, limits.maxInflatedBytes() - inflated + 1));
  }

  void inflated(int bytes, long entryInflated, long entryCompressed) {
    inflated += bytes;
    if (inflated > limits.maxInflatedBytes()) {
      fail(ErrorCode.ARCHIVE_BOMB, "inflates past " + limits.maxInflatedBytes() + " bytes");
    }
    if (entryInflated > RATIO_GRACE_BYTES
        && entryInflated > (double) limits.maxCompressionRatio() * Math.max(1, entryCompressed)) {
      fail(
          ErrorCode.ARCHIVE_BOMB,
          "an entry compresses more than " + limits.maxCompressionRatio() + ":1");
    }
  }

  private void fail(ErrorCode code, String detail) {
    if (breach == null) {
      breach = IngestError.of(code, "The archive " + detail + ".");
    }
    throw new Breach(detail);
  }

  IngestError breach() {
    return breach;
  }

  int entries() {
    return entries;
  }

  long inflated() {
    return inflated;
  }

  int deepest() {
    return deepest;
  }

  int unsafeCount() {
    return unsafeCount;
  }

  List<String> unsafeNames() {
    return List.copyOf(unsafeNames);
  }
}
