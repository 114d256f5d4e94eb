package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.copydesk.model.StorageFull;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox database when a write does not fit: SQLite's own {@code SQLITE_FULL}. */
class DatabaseTest {

  @TempDir Path dataDir;

  @Test
  void aFullDatabaseSaysSoAndTheConnectionWorksOnceThereIsRoom() {
    try (Database db = Database.open(dataDir)) {
      db.transaction(c -> c.prepare("CREATE TABLE filler (b BLOB)").execute());
      long pages = db.transaction(c -> longOf(c.prepare("PRAGMA page_count").executeQuery()));
      setMaxPages(db, pages + 2); // SQLite's cap on the file: as good as a full disk

      OutboxException full =
          catchThrowableOfType(
              () ->
                  db.transaction(c -> c.update("INSERT INTO filler VALUES (?)", new byte[1 << 20])),
              OutboxException.class);

      assertThat(full).hasMessageContaining("SQLITE_FULL");
      assertThat(StorageFull.isCauseOf(full)).isTrue();

      setMaxPages(db, 1_000_000);
      db.transaction(c -> c.update("INSERT INTO filler VALUES (?)", new byte[1 << 20]));
      long rows =
          db.transaction(c -> longOf(c.prepare("SELECT count(*) FROM filler").executeQuery()));
      assertThat(rows).isEqualTo(1);
    }
  }

  private static void setMaxPages(Database db, long pages) {
    db.transaction(c -> c.prepare("PRAGMA max_page_count = " + pages).execute());
  }

  private static long longOf(ResultSet rows) throws java.sql.SQLException {
    try (rows) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
