package dev.copydesk.publish;

import dev.copydesk.model.Entry;

/**
 * One CMS (or store) that entries are delivered to. A delivery is an upsert keyed by the entry id,
 * so delivering the same entry twice never makes two CMS items. Failures are values, not
 * exceptions: the relay decides from the {@link TargetReply} whether to retry, dead-letter or hold.
 */
public interface Target {

  /** The configured target name: {@code file}, {@code http} or {@code wordpress}. */
  String name();

  /**
   * Creates or updates the CMS item for {@code entry}, with what copydesk knows of its previous
   * delivery of it, so a target can tell whether an editor changed the CMS item since (a conflict).
   */
  TargetReply deliver(StoredEntry entry, LastDelivery last);

  /** A first delivery of {@code entry}. */
  default TargetReply deliver(Entry entry) {
    return deliver(StoredEntry.of(entry), LastDelivery.NONE);
  }
}
