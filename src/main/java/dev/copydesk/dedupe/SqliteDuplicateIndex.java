package dev.copydesk.dedupe;

import dev.copydesk.dedupe.Fingerprint.Probe;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The persistent index (uploads and bulk jobs share it; it survives restarts). One SQLite file in
 * WAL mode; one connection, so calls are serialised: a lookup is a few index probes, far cheaper
 * than the parse before it.
 *
 * <p>Storage budget ~1.5 KB per entry, so the exact shingle set (~4 bytes × words) is not kept:
 * candidates are verified with the b-bit MinHash estimate of Jaccard (±0.044 at 0.5) and the
 * containment derived from it and the stored shingle count. Per entry: one row (id, shingle count,
 * 128-byte signature, 8 bytes per paragraph), 42 band rows keyed by a 4-byte band key (band number
 * and its rows packed, see {@link LshBands}), and one posting per paragraph. Band keys are
 * recomputed from the stored signature when an entry is replaced. {@code synchronous = NORMAL}: a
 * power cut may forget the last few additions, which only costs a missed flag.
 */
public final class SqliteDuplicateIndex implements DuplicateIndex, AutoCloseable {

  private static final String[] SCHEMA = {
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA busy_timeout = 10000",
    """
    CREATE TABLE IF NOT EXISTS dedupe_entries (
      doc INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, shingles INTEGER NOT NULL,
      signature BLOB NOT NULL, paragraphs BLOB NOT NULL)""",
    """
    CREATE TABLE IF NOT EXISTS dedupe_bands (
      band_key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (band_key, doc)) WITHOUT ROWID""",
    """
    CREATE TABLE IF NOT EXISTS dedupe_paragraphs (
      hash_key INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (hash_key, doc)) WITHOUT ROWID"""
  };
  private static final String ENTRY_COLUMNS = "e.doc, e.id, e.shingles, e.signature, e.paragraphs";

  private final Path file;
  private final Connection connection;

  /** Opens (and creates when missing) the index in {@code file}. */
  public SqliteDuplicateIndex(Path file) {
    this.file = file;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement statement = connection.createStatement()) {
        for (String sql : SCHEMA) {
          statement.execute(sql);
        }
      }
    } catch (SQLException e) {
      throw failure("open", e);
    }
  }

  @Override
  public synchronized List<Flag> matches(Entry entry) {
    return matches(Fingerprint.probe(entry));
  }

  @Override
  public synchronized void add(Entry entry) {
    add(Fingerprint.probe(entry).print());
  }

  @Override
  public synchronized List<Flag> matchAndAdd(Entry entry) {
    Probe probe = Fingerprint.probe(entry);
    List<Flag> flags = matches(probe);
    add(probe.print());
    return flags;
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  private List<Flag> matches(Probe probe) {
    Fingerprint self = probe.print().withoutShingles();
    Probe estimated = new Probe(self, probe.blockWords());
    try {
      return CrossMatcher.flags(estimated, bandCandidates(self), passageOwners(self));
    } catch (SQLException e) {
      throw failure("look up", e);
    }
  }

  private List<Fingerprint> bandCandidates(Fingerprint self) throws SQLException {
    int[] keys = LshBands.keys(self.signature());
    String marks = String.join(",", Collections.nCopies(keys.length, "?"));
    String sql =
        "SELECT DISTINCT "
            + ENTRY_COLUMNS
            + " FROM dedupe_bands b JOIN dedupe_entries e"
            + " ON e.doc = b.doc WHERE b.band_key IN ("
            + marks
            + ") ORDER BY e.doc";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < keys.length; i++) {
        query.setInt(i + 1, keys[i]);
      }
      return readPrints(query, self.id());
    }
  }

  private Map<Long, List<Fingerprint>> passageOwners(Fingerprint self) throws SQLException {
    Map<Long, List<Fingerprint>> owners = new HashMap<>();
    String sql =
        "SELECT "
            + ENTRY_COLUMNS
            + " FROM dedupe_paragraphs p JOIN dedupe_entries e"
            + " ON e.doc = p.doc WHERE p.hash_key = ? ORDER BY p.doc LIMIT ?";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (long hash : self.paragraphHashes()) {
        query.setInt(1, PassageBlob.postingKey(hash));
        query.setInt(2, CrossMatcher.STOCK_PARAGRAPH_ENTRIES + 2);
        List<Fingerprint> holders = new ArrayList<>(readPrints(query, self.id()));
        holders.removeIf(print -> !print.hasParagraph(hash));
        if (!holders.isEmpty() && holders.size() <= CrossMatcher.STOCK_PARAGRAPH_ENTRIES) {
          owners.put(hash, holders);
        }
      }
    }
    return owners;
  }

  private static List<Fingerprint> readPrints(PreparedStatement query, String exceptId)
      throws SQLException {
    List<Fingerprint> prints = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        String id = rows.getString(2);
        if (!id.equals(exceptId)) {
          byte[] passages = rows.getBytes(5);
          prints.add(
              new Fingerprint(
                  id,
                  null,
                  rows.getInt(3),
                  rows.getBytes(4),
                  PassageBlob.hashes(passages),
                  PassageBlob.blocks(passages)));
        }
      }
    }
    return prints;
  }

  private void add(Fingerprint print) {
    try {
      connection.setAutoCommit(false);
      remove(print.id());
      if (print.shingleCount() > 0) {
        insert(print);
      }
      connection.commit();
    } catch (SQLException e) {
      rollback();
      throw failure("add to", e);
    } finally {
      autoCommit();
    }
  }

  private void insert(Fingerprint print) throws SQLException {
    byte[] passages = PassageBlob.encode(print.paragraphHashes(), print.paragraphBlocks());
    long doc;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO dedupe_entries (id, shingles, signature, paragraphs) VALUES (?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, print.id());
      insert.setInt(2, print.shingleCount());
      insert.setBytes(3, print.signature());
      insert.setBytes(4, passages);
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        key.next();
        doc = key.getLong(1);
      }
    }
    postings(
        "INSERT OR IGNORE INTO dedupe_bands (band_key, doc) VALUES (?, ?)",
        LshBands.keys(print.signature()),
        doc);
    postings(
        "INSERT OR IGNORE INTO dedupe_paragraphs (hash_key, doc) VALUES (?, ?)",
        postingKeys(passages),
        doc);
  }

  private void remove(String id) throws SQLException {
    try (PreparedStatement find =
        connection.prepareStatement(
            "SELECT doc, signature, paragraphs FROM dedupe_entries WHERE id = ?")) {
      find.setString(1, id);
      try (ResultSet row = find.executeQuery()) {
        if (!row.next()) {
          return;
        }
        long doc = row.getLong(1);
        postings(
            "DELETE FROM dedupe_bands WHERE band_key = ? AND doc = ?",
            LshBands.keys(row.getBytes(2)),
            doc);
        postings(
            "DELETE FROM dedupe_paragraphs WHERE hash_key = ? AND doc = ?",
            postingKeys(row.getBytes(3)),
            doc);
        try (PreparedStatement delete =
            connection.prepareStatement("DELETE FROM dedupe_entries WHERE doc = ?")) {
          delete.setLong(1, doc);
          delete.executeUpdate();
        }
      }
    }
  }

  private void postings(String sql, int[] keys, long doc) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int key : keys) {
        statement.setInt(1, key);
        statement.setLong(2, doc);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private static int[] postingKeys(byte[] passages) {
    return java.util.Arrays.stream(PassageBlob.hashes(passages))
        .mapToInt(PassageBlob::postingKey)
        .toArray();
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The add already failed; that failure is the one worth reporting.
    }
  }

  private void autoCommit() {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw failure("reset", e);
    }
  }

  private DuplicateIndexException failure(String action, SQLException e) {
    return new DuplicateIndexException(
        "Could not " + action + " the duplicate index " + file + ": " + e.getMessage(), e);
  }
}
