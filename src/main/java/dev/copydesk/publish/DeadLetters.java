package dev.copydesk.publish;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Entries the CMS refused for good (or that failed too often), with the CMS's reply, and the way to
 * re-drive them once the cause is fixed. The CLI ({@code deadletters list|retry ID|retry --all})
 * and {@code POST /api/v1/deadletters/{id}/retry} call this.
 */
public final class DeadLetters {

  /** One dead letter: the entry, the target, the CMS's HTTP status (0: none) and reply body. */
  public record DeadLetter(
      String entryId,
      String title,
      String target,
      int status,
      String reply,
      int attempts,
      Instant failedAt) {}

  private static final String LIST =
      "SELECT d.entry_id, json_extract(e.json, '$.title') AS title, d.target, d.status, d.reply,"
          + " d.attempts, d.failed_at FROM dead_letters d JOIN entries e ON e.id = d.entry_id"
          + " ORDER BY d.failed_at";

  private final OutboxStore store;
  private final Runnable onRequeue;

  DeadLetters(OutboxStore store, Runnable onRequeue) {
    this.store = store;
    this.onRequeue = onRequeue;
  }

  public List<DeadLetter> list() {
    return store
        .database()
        .transaction(
            c -> {
              List<DeadLetter> letters = new ArrayList<>();
              try (ResultSet r = c.prepare(LIST).executeQuery()) {
                while (r.next()) {
                  letters.add(
                      new DeadLetter(
                          r.getString("entry_id"),
                          r.getString("title"),
                          r.getString("target"),
                          r.getInt("status"),
                          r.getString("reply"),
                          r.getInt("attempts"),
                          Instant.ofEpochMilli(r.getLong("failed_at"))));
                }
              }
              return letters;
            });
  }

  /** Queues a dead entry again; false when {@code entryId} is not a dead letter. */
  public boolean retry(String entryId) {
    boolean requeued = store.requeue(entryId, "dead", false);
    onRequeue.run();
    return requeued;
  }

  /** Queues every dead entry again; returns how many. */
  public int retryAll() {
    int count = 0;
    for (String id : store.idsIn("dead")) {
      count += store.requeue(id, "dead", false) ? 1 : 0;
    }
    onRequeue.run();
    return count;
  }
}
