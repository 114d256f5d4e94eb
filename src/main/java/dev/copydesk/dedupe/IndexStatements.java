package dev.copydesk.dedupe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The statements every lookup and addition runs, prepared once: SQLite compiles a statement on
 * prepare, which cost more than running it on a small index.
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

  static IndexStatements prepare(Connection connection) throws SQLException {
    return new IndexStatements(
        connection.prepareStatement(
            "SELECT DISTINCT "
                + SqliteDuplicateIndex.ENTRY_COLUMNS
                + " FROM dedupe_bands b JOIN dedupe_entries e ON e.doc = b.doc"
                + " WHERE b.band_key IN ("
                + marks(LshBands.BANDS)
                + ") ORDER BY e.doc"),
        // The first entries (by doc) posted under each key: a stock paragraph's thousands of
        // holders are cut off in SQLite, as a per-key LIMIT would.
        connection.prepareStatement(
            "SELECT p.hash_key, "
                + SqliteDuplicateIndex.ENTRY_COLUMNS
                + " FROM (SELECT hash_key, doc,"
                + " row_number() OVER (PARTITION BY hash_key ORDER BY doc) AS n"
                + " FROM dedupe_paragraphs WHERE hash_key IN ("
                + marks(SqliteDuplicateIndex.KEYS_PER_QUERY)
                + ")) p JOIN dedupe_entries e ON e.doc = p.doc"
                + " WHERE p.n <= ? ORDER BY p.hash_key, p.doc"),
        connection.prepareStatement(
            "SELECT doc, signature, paragraphs FROM dedupe_entries WHERE id = ?"),
        connection.prepareStatement(
            "INSERT INTO dedupe_entries (id, shingles, signature, paragraphs)"
                + " VALUES (?, ?, ?, ?) RETURNING doc"),
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
