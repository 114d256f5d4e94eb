package dev.copydesk.publish;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How a CMS's HTTP failure maps to what the relay does, as one table: busy or down means retry, any
 * other 4xx means this entry will never be accepted as it is.
 */
final class HttpReplies {

  /** What the relay does with a non-2xx status. */
  enum Disposition {
    RETRY,
    CONFLICT,
    PERMANENT
  }

  /** Kept in a dead letter: enough to see what the CMS said, bounded. */
  static final int MAX_REPLY_CHARS = 16_384;

  private HttpReplies() {}

  /** The table: 408 timeout, 409 conflict, 425/429 busy and every 5xx are not the entry's fault. */
  static Disposition disposition(int status) {
    if (status == 409) {
      return Disposition.CONFLICT;
    }
    if (status == 408 || status == 425 || status == 429 || status >= 500) {
      return Disposition.RETRY;
    }
    return Disposition.PERMANENT;
  }

  /** The reply for a non-2xx status, where 409 is not a conflict for this target. */
  static TargetReply failure(int status, String body, HttpHeaders headers) {
    Disposition disposition = disposition(status);
    if (disposition == Disposition.PERMANENT) {
      return new TargetReply.Permanent(status, truncate(body));
    }
    return new TargetReply.Retryable("CMS replied HTTP " + status, retryAfter(headers));
  }

  /** {@code Retry-After} as delta-seconds or an HTTP date. */
  static Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After").map(String::trim);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.get())));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return Optional.of(Duration.between(ZonedDateTime.now(at.getZone()), at));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /** A failure before any HTTP reply: the CMS is unreachable, slow or dropped the connection. */
  static TargetReply.Retryable unreachable(IOException e) {
    String why;
    if (e instanceof HttpTimeoutException) {
      why = "the CMS did not answer in time";
    } else if (e instanceof ConnectException) {
      why = "the CMS refused the connection";
    } else {
      why = "the connection to the CMS failed";
    }
    return TargetReply.Retryable.of(why);
  }

  static String truncate(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= MAX_REPLY_CHARS ? body : body.substring(0, MAX_REPLY_CHARS) + "…";
  }
}
