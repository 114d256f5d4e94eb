package dev.copydesk.publish;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import dev.copydesk.model.EntryJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The entries and outbox tables: what submit writes and what the relay reads and records. */
final class OutboxStore {

  /** One claimed delivery: the entry as submitted, and the row version it belongs to. */
  record Attempt(StoredEntry entry, long version, int attempts, LastDelivery last) {}

  private static final String UPSERT_ENTRY =
      "INSERT INTO entries (id, json, updated) VALUES (?, ?, ?)"
          + " ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated = excluded.updated";
  private static final String UPSERT_OUTBOX =
      "INSERT INTO outbox (entry_id, target, state, version, attempts, next_attempt, updated,"
          + " revision_of, submit_seq) VALUES (?, ?, 'queued', 1, 0, ?, ?, ?,"
          + " (SELECT COALESCE(MAX(submit_seq), 0) + 1 FROM outbox))"
          + " ON CONFLICT (entry_id) DO UPDATE SET"
          + " target = excluded.target, state = 'queued', version = outbox.version + 1,"
          + " attempts = 0, next_attempt = excluded.next_attempt, last_error = NULL,"
          + " overwrite = 0, updated = excluded.updated, revision_of = excluded.revision_of,"
          + " submit_seq = excluded.submit_seq";

  /**
   * Due rows, oldest first. A revision waits while the entry it revises (submitted before it) is
   * still to be delivered, so it never races that entry to the CMS; the "before" keeps two entries
   * flagged as revisions of each other from waiting on each other for ever.
   */
  private static final String DUE =
      "SELECT o.entry_id FROM outbox o WHERE o.target = ? AND o.state IN ('queued', 'retrying')"
          + " AND o.next_attempt <= ? AND NOT EXISTS (SELECT 1 FROM outbox p"
          + " WHERE p.entry_id = o.revision_of AND p.state IN ('queued', 'retrying')"
          + " AND p.submit_seq < o.submit_seq) ORDER BY o.next_attempt LIMIT ?";

  private final Database db;
  private final Clock clock;
  private final boolean revisionsUpdate;

  /** {@code revisionsUpdate}: a revision takes over the earlier entry's CMS item. */
  OutboxStore(Database db, Clock clock, boolean revisionsUpdate) {
    this.db = db;
    this.clock = clock;
    this.revisionsUpdate = revisionsUpdate;
  }

  /**
   * Writes the entry and its outbox row in one transaction; committed when this returns. The JSON
   * is written before the transaction, so the relay does not wait for it.
   */
  DeliveryStatus submit(Entry entry, String target) {
    long now = clock.millis();
    String json = EntryJson.write(entry);
    return db.transaction(
        c -> {
          c.update(UPSERT_ENTRY, entry.id(), json, now);
          c.update(UPSERT_OUTBOX, entry.id(), target, now, now, Revisions.earlier(entry));
          c.update("DELETE FROM dead_letters WHERE entry_id = ?", entry.id());
          return OutboxRows.status(c, entry.id()).orElseThrow();
        });
  }

  Optional<DeliveryStatus> status(String entryId) {
    return db.transaction(c -> OutboxRows.status(c, entryId));
  }

  /** Ids of rows due now for {@code target}, oldest first, leaving out those in flight. */
  List<String> due(String target, int limit, Set<String> inFlight) {
    return db.transaction(
        c -> {
          List<String> ids = new ArrayList<>();
          PreparedStatement s = c.prepare(DUE);
          s.setString(1, target);
          s.setLong(2, clock.millis());
          s.setInt(3, limit + inFlight.size());
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next() && ids.size() < limit) {
              String id = rows.getString(1);
              if (!inFlight.contains(id)) {
                ids.add(id);
              }
            }
          }
          return ids;
        });
  }

  /** The entries to deliver for due rows, leaving out those no longer due; one transaction. */
  List<Attempt> attempts(List<String> entryIds) {
    return db.transaction(
        c -> {
          List<Attempt> attempts = new ArrayList<>();
          for (String id : entryIds) {
            OutboxRows.attempt(c, id, revisionsUpdate).ifPresent(attempts::add);
          }
          return attempts;
        });
  }

  /** Rows still to deliver for {@code target}, and the latest failure among them. */
  Backlog backlog(String target) {
    return db.transaction(
        c -> {
          PreparedStatement s =
              c.prepare(
                  "SELECT (SELECT COUNT(*) FROM outbox WHERE target = ?1"
                      + " AND state IN ('queued', 'retrying')),"
                      + " (SELECT last_error FROM outbox WHERE target = ?1 AND state = 'retrying'"
                      + " AND last_error IS NOT NULL ORDER BY next_attempt DESC LIMIT 1)");
          s.setString(1, target);
          try (ResultSet rows = s.executeQuery()) {
            rows.next();
            return new Backlog(rows.getInt(1), rows.getString(2));
          }
        });
  }

  /** Rows still to deliver (queued or retrying) for {@code target}. */
  int pending(String target) {
    return backlog(target).entries();
  }

  /** One attempt the target answered delivered. */
  record Delivered(Attempt attempt, TargetReply.Delivered reply) {}

  /** Records deliveries in one transaction (one disk sync for a batch). */
  void delivered(List<Delivered> deliveries) {
    long now = clock.millis();
    db.transaction(
        c -> {
          for (Delivered d : deliveries) {
            OutboxRows.update(
                c,
                d.attempt(),
                "state = 'delivered', attempts = attempts + 1, last_error = NULL, cms_id = ?,"
                    + " url = ?, cms_version = ?, overwrite = 0",
                now,
                d.reply().cmsId(),
                d.reply().url(),
                d.reply().version());
          }
          return null;
        });
  }

  void retry(Attempt a, String reason, Instant next) {
    record(
        a,
        "state = 'retrying', attempts = attempts + 1, last_error = ?, next_attempt = ?",
        reason,
        next.toEpochMilli());
  }

  /** Not attempted (the circuit is open): try again at {@code next}, attempts unchanged. */
  void postpone(Attempt a, Instant next) {
    record(a, "next_attempt = ?", next.toEpochMilli());
  }

  void conflict(Attempt a, TargetReply.Conflict reply) {
    record(
        a,
        "state = 'conflict', attempts = attempts + 1, last_error = ?, cms_id = ?",
        reply.detail(),
        reply.cmsId());
  }

  /** Moves the row to the dead-letter store with the CMS reply. */
  void dead(Attempt a, int status, String reply, String reason) {
    db.transaction(
        c -> {
          if (OutboxRows.update(
                  c,
                  a,
                  "state = 'dead', attempts = attempts + 1, last_error = ?",
                  clock.millis(),
                  reason)
              == 1) {
            c.update(
                "INSERT OR REPLACE INTO dead_letters"
                    + " (entry_id, target, status, reply, attempts, failed_at)"
                    + " SELECT entry_id, target, ?, ?, attempts, ? FROM outbox WHERE entry_id = ?",
                status,
                reply,
                clock.millis(),
                a.entry().id());
          }
          return null;
        });
  }

  /** Puts a dead or conflicting row back in the queue; false when it is not in {@code from}. */
  boolean requeue(String entryId, String from, boolean overwrite) {
    return db.transaction(
        c -> {
          int changed =
              c.update(
                  "UPDATE outbox SET state = 'queued', version = version + 1, attempts = 0,"
                      + " next_attempt = ?, last_error = NULL, overwrite = ?, updated = ?"
                      + " WHERE entry_id = ? AND state = ?",
                  clock.millis(),
                  overwrite ? 1 : 0,
                  clock.millis(),
                  entryId,
                  from);
          c.update("DELETE FROM dead_letters WHERE entry_id = ?", entryId);
          return changed == 1;
        });
  }

  /** Closes a conflict without delivering: the CMS version stays. */
  boolean skipConflict(String entryId) {
    return db.transaction(
        c ->
            c.update(
                    "UPDATE outbox SET state = 'skipped', updated = ?,"
                        + " last_error = 'conflict resolved by skip: the CMS version was kept'"
                        + " WHERE entry_id = ? AND state = 'conflict'",
                    clock.millis(),
                    entryId)
                == 1);
  }

  /** Ids of rows in {@code state}, oldest change first. */
  List<String> idsIn(String state) {
    return db.transaction(
        c -> {
          List<String> ids = new ArrayList<>();
          PreparedStatement s =
              c.prepare("SELECT entry_id FROM outbox WHERE state = ? ORDER BY updated");
          s.setString(1, state);
          try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
              ids.add(rows.getString(1));
            }
          }
          return ids;
        });
  }

  Database database() {
    return db;
  }

  /** Applies {@code set} to the row only if no newer submit replaced it meanwhile. */
  private void record(Attempt a, String set, Object... values) {
    db.transaction(c -> OutboxRows.update(c, a, set, clock.millis(), values));
  }
}
