package dev.copydesk.model;

/**
 * A failure as a value: a stable code and a human-readable detail that never carries a stack trace
 * or a Java class name.
 */
public record IngestError(ErrorCode code, String detail) {

  public static IngestError of(ErrorCode code, String detail) {
    return new IngestError(code, detail);
  }
}
