package dev.copydesk.dedupe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

/**
 * The index's tables, and the statements every lookup and addition runs, prepared once: SQLite
 * compiles a statement on prepare, which cost more than running it on a small index.
 */
record IndexStatements(
    PreparedStatement bandCandidates,
    PreparedStatement passageOwners,
    PreparedStatement findEntry,
    PreparedStatement insertEntry,
    PreparedStatement deleteEntry,
    PreparedStatement insertBand,
    PreparedStatement deleteBand,
    PreparedStatement insertParagraph,
    PreparedStatement deleteParagraph) {

  private static final String[] SCHEMA = {
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA cache_size = -32768",
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

  /** An entry's columns, as {@link #readPrint} reads them. */
  static final String ENTRY_COLUMNS = "e.doc, e.id, e.shingles, e.signature, e.paragraphs";

  /** Paragraph keys looked up per query; a shorter list is padded with its last key. */
  static final int KEYS_PER_QUERY = 64;

  /** Creates the index's tables when missing, and sets the connection's pragmas. */
  static void createSchema(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : SCHEMA) {
        statement.execute(sql);
      }
    }
  }

  /** The fingerprint in the {@link #ENTRY_COLUMNS} that start at column {@code first}. */
  static Fingerprint readPrint(ResultSet rows, int first) throws SQLException {
    byte[] passages = rows.getBytes(first + 4);
    return new Fingerprint(
        rows.getString(first + 1),
        null,
        rows.getInt(first + 2),
        rows.getBytes(first + 3),
        PassageBlob.hashes(passages),
        PassageBlob.blocks(passages));
  }

  static IndexStatements prepare(Connection connection) throws SQLException {
    return new IndexStatements(
        connection.prepareStatement(
            "SELECT DISTINCT "
                + ENTRY_COLUMNS
                + " FROM dedupe_bands b JOIN dedupe_entries e ON e.doc = b.doc"
                + " WHERE b.band_key IN ("
                + marks(LshBands.BANDS)
                + ") ORDER BY e.doc"),
        // The first entries (by doc) posted under each key: a stock paragraph's thousands of
        // holders are cut off in SQLite, as a per-key LIMIT would.
        connection.prepareStatement(
            "SELECT p.hash_key, "
                + ENTRY_COLUMNS
                + " FROM (SELECT hash_key, doc,"
                + " row_number() OVER (PARTITION BY hash_key ORDER BY doc) AS n"
                + " FROM dedupe_paragraphs WHERE hash_key IN ("
                + marks(KEYS_PER_QUERY)
                + ")) p JOIN dedupe_entries e ON e.doc = p.doc"
                + " WHERE p.n <= ? ORDER BY p.hash_key, p.doc"),
        connection.prepareStatement(
            "SELECT doc, signature, paragraphs FROM dedupe_entries WHERE id = ?"),
        connection.prepareStatement(
            "INSERT INTO dedupe_entries (doc, id, shingles, signature, paragraphs)"
                + " VALUES (?, ?, ?, ?, ?) RETURNING doc"),
        connection.prepareStatement("DELETE FROM dedupe_entries WHERE doc = ?"),
        connection.prepareStatement(
            "INSERT OR IGNORE INTO dedupe_bands (band_key, doc) VALUES (?, ?)"),
        connection.prepareStatement("DELETE FROM dedupe_bands WHERE band_key = ? AND doc = ?"),
        connection.prepareStatement(
            "INSERT OR IGNORE INTO dedupe_paragraphs (hash_key, doc) VALUES (?, ?)"),
        connection.prepareStatement(
            "DELETE FROM dedupe_paragraphs WHERE hash_key = ? AND doc = ?"));
  }

  void close() throws SQLException {
    for (PreparedStatement statement :
        List.of(
            bandCandidates,
            passageOwners,
            findEntry,
            insertEntry,
            deleteEntry,
            insertBand,
            deleteBand,
            insertParagraph,
            deleteParagraph)) {
      statement.close();
    }
  }

  private static String marks(int count) {
    return String.join(",", Collections.nCopies(count, "?"));
  }
}
