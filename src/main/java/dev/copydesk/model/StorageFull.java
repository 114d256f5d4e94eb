package dev.copydesk.model;

/**
 * Whether a failure comes from a full disk (or an exhausted quota) rather than from the file: then
 * the answer is {@link ErrorCode#STORAGE_FULL}, not "the file is damaged" or "unexpected error".
 *
 * <p>Recognised by what the layers below say: SQLite's {@code SQLITE_FULL} result (named in the
 * JDBC driver's messages) and the operating system's {@code ENOSPC}/{@code EDQUOT} text in an
 * {@link java.io.IOException} (English: a JVM started under another language's locale may word it
 * otherwise, and such a failure keeps its generic code).
 */
public final class StorageFull {

  private static final String[] SIGNS = {
    "[SQLITE_FULL]", "No space left on device", "Disk quota exceeded"
  };

  private StorageFull() {}

  /** True when {@code failure}, a cause of it or an exception suppressed along the way says so. */
  public static boolean isCauseOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (says(t.getMessage())) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (isCauseOf(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The error to report for a failure {@link #isCauseOf} recognises. */
  public static IngestError error() {
    return IngestError.of(
        ErrorCode.STORAGE_FULL,
        "The server's disk is full, so the file could not be stored; nothing is wrong with the"
            + " file. Send it again once space has been freed.");
  }

  private static boolean says(String message) {
    if (message == null) {
      return false;
    }
    for (String sign : SIGNS) {
      if (message.contains(sign)) {
        return true;
      }
    }
    return false;
  }
}
