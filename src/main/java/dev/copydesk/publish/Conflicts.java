package dev.copydesk.publish;

import dev.copydesk.model.DeliveryStatus;
import java.util.List;
import java.util.Optional;

/**
 * Updates held because an editor changed the CMS item after copydesk's last delivery. An editor
 * resolves each one: {@link #overwrite} (copydesk's version wins) or {@link #skip} (the CMS version
 * stays).
 */
public final class Conflicts {

  private final OutboxStore store;
  private final Runnable onRequeue;

  Conflicts(OutboxStore store, Runnable onRequeue) {
    this.store = store;
    this.onRequeue = onRequeue;
  }

  /** Every entry in state {@code conflict}, with its CMS item id and why. */
  public List<DeliveryStatus> list() {
    return store.idsIn("conflict").stream().map(store::status).flatMap(Optional::stream).toList();
  }

  /** Delivers again, replacing the editor's changes; false when not in conflict. */
  public boolean overwrite(String entryId) {
    boolean requeued = store.requeue(entryId, "conflict", true);
    onRequeue.run();
    return requeued;
  }

  /** Keeps the CMS version and stops delivering this entry; false when not in conflict. */
  public boolean skip(String entryId) {
    return store.skipConflict(entryId);
  }
}
