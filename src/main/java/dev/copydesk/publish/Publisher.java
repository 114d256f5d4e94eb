package dev.copydesk.publish;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import java.time.Duration;
import java.util.Optional;

/**
 * The way into delivery for every entry point. {@link #submit} returns only once the entry is
 * durably accepted (stored with its outbox row); delivery to the target happens in the background.
 */
public interface Publisher extends AutoCloseable {

  /** Durably accepts {@code entry} for delivery; re-submitting the same id is an upsert. */
  DeliveryStatus submit(Entry entry);

  /** The delivery state of an entry, if it was ever submitted. */
  Optional<DeliveryStatus> status(String entryId);

  /**
   * Waits until every accepted entry is delivered, dead or in conflict, or until {@code timeout}.
   *
   * @return true when nothing is left queued or retrying
   */
  boolean drain(Duration timeout);

  /** What delivery still waits on, for a command that waits for it to tell the user why. */
  default Backlog backlog() {
    return Backlog.NONE;
  }

  /**
   * Whether the target looks reachable: false while delivery has given up on it for now (an open
   * circuit). Entries are still accepted and queued then; this is for readiness reports.
   */
  default boolean targetUp() {
    return true;
  }

  @Override
  void close();
}
