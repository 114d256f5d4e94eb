package dev.copydesk.model;

import java.util.function.Function;

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

  /** Applies the next stage to a value; a failure passes through unchanged. */
  default <R> Result<R> then(Function<T, Result<R>> next) {
    if (this instanceof Ok<T> ok) {
      return next.apply(ok.value());
    }
    return new Failed<>(((Failed<T>) this).error());
  }
}
