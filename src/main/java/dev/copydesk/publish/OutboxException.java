package dev.copydesk.publish;

/**
 * The local outbox database could not be read or written (disk full, file damaged). The entry was
 * not accepted; callers report {@code INTERNAL} and must not say "accepted".
 */
public final class OutboxException extends RuntimeException {

  OutboxException(String message, Throwable cause) {
    super(message, cause);
  }
}
