package dev.copydesk.model;

/** A stage's output: a value, or a failure as a value. */
public sealed interface Result<T> {

  record Ok<T>(T value) implements Result<T> {}

  record Failed<T>(IngestError error) implements Result<T> {}

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> failed(ErrorCode code, String detail) {
    return new Failed<>(IngestError.of(code, detail));
  }
}
