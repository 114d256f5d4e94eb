package dev.copydesk.dedupe;

import static dev.copydesk.dedupe.DuplicateIndexContractTest.article;
import static dev.copydesk.dedupe.TestEntries.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDuplicateIndexTest {

  @TempDir Path dir;

  @Test
  void entriesSurviveARestart() {
    Path file = dir.resolve("index.db");
    try (SqliteDuplicateIndex index = new SqliteDuplicateIndex(file)) {
      index.add(paragraphs("before-restart", article(1)));
    }
    try (SqliteDuplicateIndex index = new SqliteDuplicateIndex(file)) {
      assertThat(index.matches(paragraphs("after-restart", article(1))))
          .extracting(Flag::code, Flag::duplicateOfEntry)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  FlagCode.CROSS_DOCUMENT_DUPLICATE, "before-restart"));
    }
  }

  @Test
  void additionsWorkAgainOnceAFullDiskHasRoom() throws Exception {
    try (SqliteDuplicateIndex index =
        new SqliteDuplicateIndex(dir.resolve("index.db"), 1, 60_000)) {
      index.add(paragraphs("first", article(1)));
      limitPages(index, 0); // SQLite's cap on the file at its size now: as good as a full disk

      // An article of 3,000 paragraphs: its own row (3,000 passage hashes) needs new pages.
      List<String> many = new ArrayList<>();
      for (int p = 0; p < 3_000; p++) {
        many.add(String.join(" ", article(p % 50 + 1)).substring(0, 200) + " item " + p + ".");
      }
      assertThatThrownBy(() -> index.add(paragraphs("long", many)))
          .isInstanceOf(DuplicateIndexException.class)
          .hasMessageContaining("SQLITE_FULL");

      limitPages(index, 1_000_000);
      index.add(paragraphs("third", article(500)));
      assertThat(index.matches(paragraphs("third-again", article(500))))
          .extracting(Flag::code, Flag::duplicateOfEntry)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(FlagCode.CROSS_DOCUMENT_DUPLICATE, "third"));
    }
  }

  /** {@code max_page_count} on the index's own connection (a per-connection setting). */
  private static void limitPages(SqliteDuplicateIndex index, long extraPages) throws Exception {
    java.lang.reflect.Field field = SqliteDuplicateIndex.class.getDeclaredField("connection");
    field.setAccessible(true);
    Connection connection = (Connection) field.get(index);
    try (var statement = connection.createStatement()) {
      long pages;
      try (ResultSet rows = statement.executeQuery("PRAGMA page_count")) {
        rows.next();
        pages = rows.getLong(1);
      }
      statement.execute("PRAGMA max_page_count = " + (pages + extraPages));
    }
  }

  @Test
  void replacingAnEntryLeavesNoStaleRows() throws Exception {
    Path file = dir.resolve("index.db");
    try (SqliteDuplicateIndex index = new SqliteDuplicateIndex(file)) {
      index.add(paragraphs("a", article(2)));
      index.add(paragraphs("a", article(3)));
      index.add(paragraphs("a", article(3)));
    }
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThat(count(db, "dedupe_entries")).isEqualTo(1);
      assertThat(count(db, "dedupe_bands")).isEqualTo(LshBands.BANDS);
      assertThat(count(db, "dedupe_paragraphs"))
          .isEqualTo(
              Fingerprint.probe(paragraphs("a", article(3))).print().paragraphHashes().length);
    }
  }

  @Test
  void concurrentUploadsOfTheSameArticleSeeEachOther() throws Exception {
    int articles = 40;
    try (SqliteDuplicateIndex index = new SqliteDuplicateIndex(dir.resolve("index.db"))) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<List<Flag>>> results = new ArrayList<>();
      for (int i = 0; i < articles; i++) {
        int seed = 100 + i;
        results.add(
            pool.submit(() -> index.matchAndAdd(paragraphs("first-" + seed, article(seed)))));
        results.add(
            pool.submit(() -> index.matchAndAdd(paragraphs("again-" + seed, article(seed)))));
      }
      pool.shutdown();
      int flagged = 0;
      for (Future<List<Flag>> result : results) {
        flagged +=
            result.get().stream().filter(f -> f.code() == FlagCode.CROSS_DOCUMENT_DUPLICATE).count()
                    > 0
                ? 1
                : 0;
      }
      assertThat(flagged).isEqualTo(articles);
    }
  }

  @Test
  void anAdditionIsCommittedWithinAQuarterSecondWithoutAClose() throws Exception {
    Path file = dir.resolve("index.db");
    try (SqliteDuplicateIndex index = new SqliteDuplicateIndex(file);
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      index.add(paragraphs("one", article(4)));
      assertThat(count(other, "dedupe_entries")).isZero();

      long deadline = System.nanoTime() + 5_000_000_000L;
      while (count(other, "dedupe_entries") == 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }

      assertThat(count(other, "dedupe_entries")).isEqualTo(1);
    }
  }

  @Test
  void aFullGroupIsCommittedAtOnceAndLookupsSeeTheOpenOne() throws Exception {
    Path file = dir.resolve("index.db");
    try (SqliteDuplicateIndex index = new SqliteDuplicateIndex(file, 3, 3_600_000);
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      index.add(paragraphs("one", article(5)));
      index.add(paragraphs("two", article(6)));
      assertThat(count(other, "dedupe_entries")).isZero();

      index.add(paragraphs("three", article(7)));
      assertThat(count(other, "dedupe_entries")).isEqualTo(3);

      index.add(paragraphs("four", article(8)));
      assertThat(count(other, "dedupe_entries")).isEqualTo(3);
      assertThat(index.matches(paragraphs("four-again", article(8))))
          .extracting(Flag::duplicateOfEntry)
          .containsExactly("four");
    }
    try (Connection reopened = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThat(count(reopened, "dedupe_entries")).isEqualTo(4); // closing commits the open group
    }
  }

  @Test
  void anUnusableFileIsAClearError() throws Exception {
    Path notADatabase =
        Files.writeString(dir.resolve("index.db"), "this is not sqlite ".repeat(400));

    assertThatThrownBy(() -> new SqliteDuplicateIndex(notADatabase))
        .isInstanceOf(DuplicateIndexException.class)
        .hasMessageStartingWith("Could not open the duplicate index " + notADatabase);
  }

  private static int count(Connection db, String table) throws Exception {
    try (ResultSet rows = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
