package dev.copydesk.publish;

import java.time.Duration;
import java.util.Optional;

/** What a target said about one delivery. */
public sealed interface TargetReply {

  /**
   * The CMS holds the entry as item {@code cmsId}, visible (or editable) at {@code url}; {@code
   * version} is the item's modification stamp after this delivery, where the CMS has one.
   */
  record Delivered(String cmsId, String url, String version) implements TargetReply {
    public Delivered(String cmsId, String url) {
      this(cmsId, url, null);
    }
  }

  /** Try again later: the CMS is down, busy or slow; {@code retryAfter} when it said so. */
  record Retryable(String reason, Optional<Duration> retryAfter) implements TargetReply {
    public static Retryable of(String reason) {
      return new Retryable(reason, Optional.empty());
    }
  }

  /**
   * The CMS refused this entry for good (a 4xx other than 408/409/429); {@code reply} is its body.
   */
  record Permanent(int status, String reply) implements TargetReply {}

  /**
   * An editor changed CMS item {@code cmsId} after copydesk last delivered it; held for a human.
   */
  record Conflict(String cmsId, String detail) implements TargetReply {}
}
