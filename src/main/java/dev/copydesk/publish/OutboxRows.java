package dev.copydesk.publish;

import dev.copydesk.model.DeliveryStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/** Reading outbox rows into records, and the guarded row update every outcome goes through. */
final class OutboxRows {

  private static final String STATUS =
      "SELECT target, state, cms_id, url, next_attempt, attempts, last_error"
          + " FROM outbox WHERE entry_id = ?";
  private static final String ATTEMPT =
      "SELECT e.json, o.version, o.attempts, o.cms_id, o.cms_version, o.overwrite, o.revision_of,"
          + " p.cms_id AS earlier_cms_id, p.cms_version AS earlier_cms_version"
          + " FROM outbox o JOIN entries e ON e.id = o.entry_id"
          + " LEFT JOIN outbox p ON p.entry_id = o.revision_of"
          + " WHERE o.entry_id = ? AND o.state IN ('queued', 'retrying')";

  private OutboxRows() {}

  static Optional<DeliveryStatus> status(Statements c, String entryId) throws SQLException {
    PreparedStatement s = c.prepare(STATUS);
    s.setString(1, entryId);
    try (ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        return Optional.empty();
      }
      String state = r.getString("state");
      String next =
          state.equals("retrying")
              ? Instant.ofEpochMilli(r.getLong("next_attempt")).toString()
              : null;
      return Optional.of(
          new DeliveryStatus(
              entryId,
              r.getString("target"),
              state,
              r.getString("cms_id"),
              r.getString("url"),
              next,
              r.getInt("attempts"),
              r.getString("last_error")));
    }
  }

  /**
   * The entry to deliver for a due row. Under {@code revisionsUpdate} a revision that has no CMS
   * item of its own yet is pointed at the earlier entry's item.
   */
  static Optional<OutboxStore.Attempt> attempt(
      Statements c, String entryId, boolean revisionsUpdate) throws SQLException {
    PreparedStatement s = c.prepare(ATTEMPT);
    s.setString(1, entryId);
    try (ResultSet r = s.executeQuery()) {
      if (!r.next()) {
        return Optional.empty();
      }
      boolean overwrite = r.getInt("overwrite") == 1;
      String earlier = r.getString("revision_of");
      LastDelivery last =
          revisionsUpdate && earlier != null && r.getString("cms_id") == null
              ? new LastDelivery(
                  r.getString("earlier_cms_id"),
                  r.getString("earlier_cms_version"),
                  overwrite,
                  earlier)
              : new LastDelivery(r.getString("cms_id"), r.getString("cms_version"), overwrite);
      return Optional.of(
          new OutboxStore.Attempt(
              new StoredEntry(entryId, r.getString("json")),
              r.getLong("version"),
              r.getInt("attempts"),
              last));
    }
  }

  /**
   * Sets {@code set} on the attempt's row if its version is unchanged: a result for an entry that
   * was re-submitted while in flight is dropped, and the newer submit is delivered next.
   */
  static int update(Statements c, OutboxStore.Attempt a, String set, long now, Object... values)
      throws SQLException {
    Object[] all = Arrays.copyOf(values, values.length + 3);
    all[values.length] = now;
    all[values.length + 1] = a.entry().id();
    all[values.length + 2] = a.version();
    return c.update(
        "UPDATE outbox SET " + set + ", updated = ? WHERE entry_id = ? AND version = ?", all);
  }
}
