package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A state file that is not a sound SQLite database, or a data dir this user cannot write: one clear
 * message naming it.
 */
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

  @Test
  void aDataDirThisUserCannotWriteIsSaidSoNotCalledDamaged() throws Exception {
    try (Database db = Database.open(dataDir)) {
      db.transaction(c -> c.prepare("CREATE TABLE filler (b BLOB)").execute());
    }
    try (Unwritable unwritable = Unwritable.path(dataDir)) {
      assertThatThrownBy(() -> Database.open(dataDir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("cannot write " + dataDir.toAbsolutePath() + " as user ")
          .hasMessageContaining("Give this user write access")
          .hasMessageContaining("--data-dir")
          .hasMessageNotContaining("damaged");
    }
  }

  @Test
  void aDataDirThatCannotBeCreatedSaysWhyAndWhatToDo() throws Exception {
    try (Unwritable unwritable = Unwritable.path(dataDir)) {
      Path inside = dataDir.resolve("copydesk-data");
      assertThatThrownBy(() -> Database.open(inside))
          .isInstanceOf(UncheckedIOException.class)
          // permissions say "permission denied"; the immutable attribute (as root) EPERM's words
          .hasMessageMatching(
              Pattern.quote("cannot create the data directory " + inside.toAbsolutePath())
                  + " \\((permission denied|Operation not permitted)\\): create it, or use"
                  + " another one \\(--data-dir, dataDir in copydesk.json, or"
                  + " COPYDESK_DATA_DIR\\)");
    }
  }

  @Test
  void aDatabaseFileThisUserCannotWriteIsNamed() throws Exception {
    try (Database db = Database.open(dataDir)) {
      db.transaction(c -> c.prepare("CREATE TABLE filler (b BLOB)").execute());
    }
    Path file = dataDir.resolve(Database.FILE_NAME).toAbsolutePath();
    try (Unwritable unwritable = Unwritable.path(file)) {
      assertThatThrownBy(() -> Database.open(dataDir))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("cannot write " + file + " as user ");
    }
  }
}
