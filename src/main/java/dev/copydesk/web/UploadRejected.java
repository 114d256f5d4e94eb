package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.io.IOException;

/**
 * Thrown from inside the request-body readers, where a limit trips deep in a stream; the upload
 * servlet turns it back into a value ({@link #error()}) at once.
 */
final class UploadRejected extends IOException {

  private final transient IngestError error;

  UploadRejected(ErrorCode code, String detail) {
    super(detail);
    this.error = IngestError.of(code, detail);
  }

  /** A limit hit is an expected outcome, not a bug: skip the cost of a stack trace. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }

  IngestError error() {
    return error;
  }
}
