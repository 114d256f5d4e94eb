package dev.copydesk.model;

/** What the caller should do with a failure. */
public enum Disposition {
  /** The input is bad; sending it again will fail again. */
  REJECT,
  /** A passing condition (busy, timeout of a dependency); try again later. */
  RETRY,
  /** Accepted but not deliverable; kept in the dead-letter store for a human. */
  DEAD_LETTER
}
