package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state file that is not a sound SQLite database: one clear message naming it. */
class SqliteFilesTest {

  @TempDir Path dataDir;

  @Test
  void aDamagedDatabaseIsNamedWithWhatToDo() throws Exception {
    Path file = dataDir.resolve(Database.FILE_NAME);
    Files.writeString(file, "not a database, ".repeat(512), StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> Database.open(dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot open " + file.toAbsolutePath() + ": ")
        .hasMessageContaining("SQLITE_NOTADB")
        .hasMessageContaining("restore it from a backup")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aTruncatedDatabaseIsNamedWithWhatToDo() throws Exception {
    try (Database db = Database.open(dataDir)) {
      db.transaction(c -> c.prepare("CREATE TABLE filler (b BLOB)").execute());
      db.transaction(c -> c.update("INSERT INTO filler VALUES (?)", new byte[64 * 1024]));
    }
    Path file = dataDir.resolve(Database.FILE_NAME);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, 3000));
    Files.deleteIfExists(dataDir.resolve(Database.FILE_NAME + "-wal"));
    Files.deleteIfExists(dataDir.resolve(Database.FILE_NAME + "-shm"));

    assertThatThrownBy(() -> Database.open(dataDir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot open " + file.toAbsolutePath() + ": ")
        .hasMessageContaining("SQLITE_CORRUPT")
        .hasMessageContaining("move it aside");
  }
}
