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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * recomputed from the stored signature when an entry is replaced. Additions are committed in groups
 * ({@link GroupedCommits}) with {@code synchronous = NORMAL}: a crash may forget the open group (at
 * most a quarter second of additions), a power cut also what was committed since the last
 * checkpoint; either only costs missed flags.
 */
public final class SqliteDuplicateIndex implements DuplicateIndex, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SqliteDuplicateIndex.class);

  private final Path file;
  private final Connection connection;
  private IndexStatements statements;
  private final GroupedCommits commits;

  /** Opens (and creates when missing) the index in {@code file}. */
  public SqliteDuplicateIndex(Path file) {
    this(file, GroupedCommits.MAX_ADDITIONS, GroupedCommits.MAX_DELAY_MS);
  }

  /** With other commit group limits (tests). */
  SqliteDuplicateIndex(Path file, int groupAdditions, long groupDelayMs) {
    this.file = file;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      IndexStatements.createSchema(connection);
      statements = IndexStatements.prepare(connection);
      commits = new GroupedCommits(connection, this, groupAdditions, groupDelayMs);
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
      commits.close();
      statements.close();
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }

  /**
   * Flags against the entries added before; for an entry added before itself (the same file again),
   * only against those added before it was, so it gets the flags it got the first time.
   */
  private List<Flag> matches(Probe probe) {
    Fingerprint self = probe.print().withoutShingles();
    Probe estimated = new Probe(self, probe.blockWords());
    try {
      BandCandidates candidates = bandCandidates(self);
      return CrossMatcher.flags(
          estimated, candidates.prints(), passageOwners(self, candidates.before()));
    } catch (SQLException e) {
      prepareAgain();
      throw failure("look up", e);
    }
  }

  /**
   * The entries sharing a band with an entry, oldest first, and the doc they come before: the
   * entry's own when the index already holds it, else none ({@link Long#MAX_VALUE}).
   */
  private record BandCandidates(List<Fingerprint> prints, long before) {}

  /**
   * The entries sharing a band with {@code self} that were added before it. An entry the index
   * already holds shares every band with itself (the same file again), so the rows, in doc order,
   * stop at its own: what came after it is not matched, and no extra lookup is needed to know.
   */
  private BandCandidates bandCandidates(Fingerprint self) throws SQLException {
    PreparedStatement query = statements.bandCandidates();
    int[] keys = LshBands.keys(self.signature());
    for (int i = 0; i < keys.length; i++) {
      query.setInt(i + 1, keys[i]);
    }
    List<Fingerprint> prints = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        if (rows.getString(2).equals(self.id())) {
          return new BandCandidates(prints, rows.getLong(1));
        }
        prints.add(IndexStatements.readPrint(rows, 1));
      }
    }
    return new BandCandidates(prints, Long.MAX_VALUE);
  }

  /**
   * For each of the entry's paragraphs, the other entries holding it (oldest first), when at least
   * one and at most {@link CrossMatcher#STOCK_PARAGRAPH_ENTRIES} do.
   */
  private Map<Long, List<Fingerprint>> passageOwners(Fingerprint self, long before)
      throws SQLException {
    Map<Integer, List<Fingerprint>> posted = postedUnder(self.paragraphHashes(), before);
    Map<Long, List<Fingerprint>> owners = new HashMap<>();
    for (long hash : self.paragraphHashes()) {
      List<Fingerprint> holders =
          new ArrayList<>(posted.getOrDefault(PassageBlob.postingKey(hash), List.of()));
      holders.removeIf(print -> print.id().equals(self.id()) || !print.hasParagraph(hash));
      if (!holders.isEmpty() && holders.size() <= CrossMatcher.STOCK_PARAGRAPH_ENTRIES) {
        owners.put(hash, holders);
      }
    }
    return owners;
  }

  /**
   * The entries posted under each of the paragraphs' keys before {@code before}: the first {@code
   * STOCK + 2} by doc, this entry included (one more than the stock limit still tells stock text
   * once this entry is left out).
   */
  private Map<Integer, List<Fingerprint>> postedUnder(long[] hashes, long before)
      throws SQLException {
    int[] keys = Arrays.stream(hashes).mapToInt(PassageBlob::postingKey).distinct().toArray();
    PreparedStatement query = statements.passageOwners();
    Map<Integer, List<Fingerprint>> posted = new HashMap<>();
    Map<Long, Fingerprint> read = new HashMap<>();
    for (int from = 0; from < keys.length; from += IndexStatements.KEYS_PER_QUERY) {
      for (int i = 0; i < IndexStatements.KEYS_PER_QUERY; i++) {
        query.setInt(i + 1, keys[Math.min(from + i, keys.length - 1)]);
      }
      query.setInt(IndexStatements.KEYS_PER_QUERY + 1, CrossMatcher.STOCK_PARAGRAPH_ENTRIES + 2);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (rows.getLong(2) >= before) {
            continue;
          }
          Fingerprint print = read.get(rows.getLong(2));
          if (print == null) {
            print = IndexStatements.readPrint(rows, 2);
            read.put(rows.getLong(2), print);
          }
          posted.computeIfAbsent(rows.getInt(1), key -> new ArrayList<>()).add(print);
        }
      }
    }
    return posted;
  }

  /** Adds or replaces {@code print}; a replaced entry keeps its place in the order (its doc). */
  private void add(Fingerprint print) {
    try {
      commits.add(
          () -> {
            Long doc = remove(print.id());
            if (print.shingleCount() > 0) {
              insert(print, doc);
            }
          });
    } catch (SQLException e) {
      prepareAgain();
      throw failure("add to", e);
    }
  }

  /** Inserts {@code print} as {@code doc}, or as the next doc when null. */
  private void insert(Fingerprint print, Long doc) throws SQLException {
    byte[] passages = PassageBlob.encode(print.paragraphHashes(), print.paragraphBlocks());
    PreparedStatement insert = statements.insertEntry();
    insert.setObject(1, doc);
    insert.setString(2, print.id());
    insert.setInt(3, print.shingleCount());
    insert.setBytes(4, print.signature());
    insert.setBytes(5, passages);
    long inserted;
    try (ResultSet key = insert.executeQuery()) {
      key.next();
      inserted = key.getLong(1);
    }
    postings(statements.insertBand(), LshBands.keys(print.signature()), inserted);
    postings(statements.insertParagraph(), postingKeys(passages), inserted);
  }

  /** Removes the entry {@code id}; its doc, or null when the index did not hold it. */
  private Long remove(String id) throws SQLException {
    PreparedStatement find = statements.findEntry();
    find.setString(1, id);
    long doc;
    byte[] signature;
    byte[] passages;
    try (ResultSet row = find.executeQuery()) {
      if (!row.next()) {
        return null;
      }
      doc = row.getLong(1);
      signature = row.getBytes(2);
      passages = row.getBytes(3);
    }
    postings(statements.deleteBand(), LshBands.keys(signature), doc);
    postings(statements.deleteParagraph(), postingKeys(passages), doc);
    statements.deleteEntry().setLong(1, doc);
    statements.deleteEntry().executeUpdate();
    return doc;
  }

  private static void postings(PreparedStatement statement, int[] keys, long doc)
      throws SQLException {
    for (int key : keys) {
      statement.setInt(1, key);
      statement.setLong(2, doc);
      statement.addBatch();
    }
    statement.executeBatch();
  }

  /**
   * The driver finalises a statement whose run failed with an error such as {@code SQLITE_FULL} (a
   * full disk) while the JDBC object stays open: kept, every later lookup or addition would fail
   * the same way long after the disk has room again. A failure that stops even this leaves them for
   * the next failure to try again.
   */
  private void prepareAgain() {
    try {
      statements.close();
      statements = IndexStatements.prepare(connection);
    } catch (SQLException e) {
      LOG.debug("Could not prepare the duplicate index statements again", e);
    }
  }

  private static int[] postingKeys(byte[] passages) {
    return Arrays.stream(PassageBlob.hashes(passages)).mapToInt(PassageBlob::postingKey).toArray();
  }

  private DuplicateIndexException failure(String action, SQLException e) {
    return new DuplicateIndexException(
        "Could not " + action + " the duplicate index " + file + ": " + e.getMessage(), e);
  }
}
