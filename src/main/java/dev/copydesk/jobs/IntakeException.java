package dev.copydesk.jobs;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.io.IOException;

/**
 * Why a file or archive could not be taken in. An {@link IOException} so that limits tripped deep
 * inside a stream read travel up through the archive readers unchanged. {@code wholeSubmission}
 * failures (bombs, too many entries) end the whole submission; the others fail one file.
 */
final class IntakeException extends IOException {

  private final transient IngestError error;
  private final boolean wholeSubmission;

  private IntakeException(IngestError error, boolean wholeSubmission) {
    super(error.code() + ": " + error.detail());
    this.error = error;
    this.wholeSubmission = wholeSubmission;
  }

  /** Fails the whole submission: nothing of it is kept. */
  static IntakeException submission(ErrorCode code, String detail) {
    return new IntakeException(IngestError.of(code, detail), true);
  }

  /** Fails one file (or one nested archive); the rest of the submission goes on. */
  static IntakeException file(ErrorCode code, String detail) {
    return new IntakeException(IngestError.of(code, detail), false);
  }

  IngestError error() {
    return error;
  }

  boolean wholeSubmission() {
    return wholeSubmission;
  }
}
