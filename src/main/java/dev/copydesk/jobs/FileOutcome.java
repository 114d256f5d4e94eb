package dev.copydesk.jobs;

import dev.copydesk.model.Disposition;
import dev.copydesk.model.Entry;
import dev.copydesk.model.EntryJson;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Flag;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.StorageFull;
import dev.copydesk.pipeline.Outcome;
import java.util.List;

/** What processing one job file produced, in the shape the job store records. */
record FileOutcome(
    FileState state,
    IngestError error,
    String entryId,
    String title,
    Integer words,
    List<String> flags,
    String delivery,
    String entryJson) {

  static FileOutcome of(IngestResult result) {
    if (result.outcome() instanceof Outcome.Rejected rejected) {
      return failed(rejected.error());
    }
    Entry entry = ((Outcome.Accepted) result.outcome()).entry();
    String delivery = result.delivery() == null ? null : result.delivery().state();
    List<String> flags = entry.flags().stream().map(Flag::code).map(Enum::name).toList();
    return new FileOutcome(
        FileState.DONE,
        null,
        entry.id(),
        entry.title(),
        entry.wordCount(),
        flags,
        delivery,
        EntryJson.write(entry));
  }

  static FileOutcome failed(IngestError error) {
    return new FileOutcome(FileState.FAILED, error, null, null, null, List.of(), null, null);
  }

  /**
   * Failed for a reason that is not the file's and may pass (the code says retry: a parser child
   * restarting or not starting, an unexpected error); a full disk has its own pause.
   */
  boolean failedForNow() {
    return error != null && error.code().disposition() == Disposition.RETRY && !storageFull();
  }

  /** Its parse ran out of time ({@code PARSE_TIMEOUT}). */
  boolean timedOut() {
    return error != null && error.code() == ErrorCode.PARSE_TIMEOUT;
  }

  /** Not stored or recorded because the disk is full: the file waits for a pause, then goes on. */
  boolean storageFull() {
    return error != null && error.code() == ErrorCode.STORAGE_FULL;
  }

  /** A file whose processing threw {@code failure}: a full disk says so, anything else is ours. */
  static FileOutcome unexpected(Throwable failure) {
    return failed(
        StorageFull.isCauseOf(failure)
            ? StorageFull.error()
            : IngestError.of(ErrorCode.INTERNAL, "Processing this file failed unexpectedly"));
  }
}
