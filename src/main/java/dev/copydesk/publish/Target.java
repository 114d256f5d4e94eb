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

  /** Creates or updates the CMS item for {@code entry}. */
  TargetReply deliver(Entry entry);

  /**
   * Delivers with what copydesk knows of its previous delivery of this entry, so a target can tell
   * whether an editor changed the CMS item since (a conflict). Targets without conflict detection
   * just deliver.
   */
  default TargetReply deliver(Entry entry, LastDelivery last) {
    return deliver(entry);
  }
}
