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
   * Same as {@link #deliver} but overwrites editor changes made in the CMS since the last delivery
   * (used when an editor resolves a conflict with "overwrite"). Targets without conflict detection
   * just deliver.
   */
  default TargetReply overwrite(Entry entry) {
    return deliver(entry);
  }
}
