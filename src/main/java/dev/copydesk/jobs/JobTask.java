package dev.copydesk.jobs;

import dev.copydesk.pipeline.Outcome;
import java.nio.file.Path;

/**
 * One file to process: {@code ticket} is its place in {@code sequence}, shared by the files queued
 * with it; {@code finisher} matches and delivers it once prepared.
 */
record JobTask(
    String jobId,
    int seq,
    Path file,
    String displayName,
    InSequence sequence,
    long ticket,
    Finisher finisher,
    boolean resumed) {

  /** The same file queued again, after the files queued so far, as a resumed one. */
  JobTask again() {
    return new JobTask(jobId, seq, file, displayName, sequence, sequence.ticket(), finisher, true);
  }

  /**
   * Matches and delivers a prepared file; {@code resumed}: it may have been delivered by an earlier
   * try, which is then not submitted again.
   */
  interface Finisher {
    IngestResult finish(Outcome prepared, boolean resumed);
  }
}
