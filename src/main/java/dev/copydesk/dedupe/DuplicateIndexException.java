package dev.copydesk.dedupe;

/**
 * The persistent index could not be read or written (disk full, file locked too long, corrupt
 * file). The message says what failed and where, for the operator; callers map it to a retryable
 * error rather than show it to the editor.
 */
public final class DuplicateIndexException extends RuntimeException {

  public DuplicateIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
