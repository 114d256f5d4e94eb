package dev.copydesk.publish;

import java.util.List;

/**
 * A target that takes several entries in one go and makes them durable together: the file store
 * forces its file to disk once for the lot, where one delivery at a time forced it once per entry.
 * The relay hands such a target up to {@link #MAX_BATCH} due rows at once, so an entry that is due
 * alone (an upload) still goes alone, at once.
 */
public interface BatchTarget extends Target {

  /** Rows handed over at most per call. */
  int MAX_BATCH = 64;

  /** One entry to deliver, with what the outbox knows of its previous delivery. */
  record Delivery(StoredEntry entry, LastDelivery last) {}

  /**
   * Delivers each of {@code deliveries} as {@link #deliver(StoredEntry, LastDelivery)} would; the
   * replies are in the same order. A reply of delivered means the entry is durable.
   */
  List<TargetReply> deliverAll(List<Delivery> deliveries);
}
