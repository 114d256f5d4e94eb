package dev.copydesk.jobs;

import dev.copydesk.pipeline.Outcome;
import java.nio.file.Path;

/**
 * One file to process: {@code ticket} is its place in {@code sequence}, shared by the files queued
 * with it; {@code finisher} matches and delivers it once prepared; {@code tries}: 1 the first time.
 */
record JobTask(
    String jobId,
    int seq,
    Path file,
    String displayName,
    InSequence sequence,
    long ticket,
    Finisher finisher,
    boolean resumed,
    int tries) {

  /**
   * Tries a file gets when it fails for a reason that may pass ({@link FileOutcome#failedForNow}):
   * a parser child restarting or not starting, an unexpected error.
   */
  static final int MAX_TRIES = 3;

  /**
   * Tries a file gets when its parse ran out of time ({@link FileOutcome#timedOut}): a long parse
   * that met the busiest moment of an import on a few cores may pass alone; a file that hangs its
   * parser is recorded after its second timeout, not given a third.
   */
  static final int MAX_TIMEOUT_TRIES = 2;

  boolean mayTryAgain() {
    return tries < MAX_TRIES;
  }

  boolean mayTimeOutAgain() {
    return tries < MAX_TIMEOUT_TRIES;
  }

  /** The same file queued again, after the files queued so far, as a resumed one. */
  JobTask again() {
    return new JobTask(
        jobId, seq, file, displayName, sequence, sequence.ticket(), finisher, true, tries + 1);
  }

  /**
   * Matches and delivers a prepared file; {@code resumed}: it may have been delivered by an earlier
   * try, which is then not submitted again.
   */
  interface Finisher {
    IngestResult finish(Outcome prepared, boolean resumed);
  }
}
