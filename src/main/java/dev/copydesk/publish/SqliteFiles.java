package dev.copydesk.publish;

import dev.copydesk.config.CopydeskConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the SQLite files copydesk keeps its state in (the outbox, the job store): WAL with {@code
 * synchronous=FULL}, so a committed transaction survives {@code kill -9} and power loss; foreign
 * keys on; other processes waited for up to {@value #BUSY_TIMEOUT_MS} ms; schema by Flyway.
 */
public final class SqliteFiles {

  private static final int BUSY_TIMEOUT_MS = 10_000;

  private SqliteFiles() {}

  /**
   * A connection to {@code file}, created when missing (its folder too, see {@link #prepare}) and
   * migrated with the scripts under {@code migrations}.
   *
   * @throws java.io.UncheckedIOException when the folder cannot be created, saying why
   * @throws IllegalStateException naming the file and what to do, when it cannot be opened or
   *     migrated (not writable by this user, damaged, not a database, locked by another process for
   *     too long)
   */
  public static Connection open(Path file, String migrations) {
    prepare(file);
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    try {
      Flyway.configure().dataSource(source).locations(migrations).load().migrate();
      return source.getConnection();
    } catch (FlywayException | SQLException e) {
      throw new IllegalStateException(
          "cannot open "
              + file.toAbsolutePath()
              + ": "
              + firstLine(rootMessage(e))
              + ". If the file is damaged, restore it from a backup, or move it aside to start"
              + " afresh (what it held is then forgotten).",
          e);
    }
  }

  /**
   * Readies the place of a SQLite file before it is opened: its folder (the data directory) created
   * when missing, it and the file checked to be writable by this user, and the driver's native
   * library set up to load from the folder's copy ({@link SqliteLibrary}).
   *
   * @throws java.io.UncheckedIOException when the folder cannot be created, saying why
   * @throws IllegalStateException naming what this user cannot write, and what to do
   */
  public static void prepare(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    DataDir.create(folder);
    requireWritable(file);
    SqliteLibrary.keepIn(folder);
  }

  /**
   * A folder or file this user may not write (a data dir first used by another user, root's {@code
   * sudo copydesk ...}) is said as such: SQLite's own answer reads like a damaged file.
   */
  private static void requireWritable(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    Stream.of(folder, file.toAbsolutePath(), wal(file, "-wal"), wal(file, "-shm"))
        .filter(Files::exists)
        .filter(path -> !Files.isWritable(path))
        .findFirst()
        .ifPresent(
            path -> {
              throw new IllegalStateException(
                  "cannot write "
                      + path
                      + " as user "
                      + System.getProperty("user.name")
                      + ": copydesk keeps its state there. Give this user write access to the data"
                      + " directory and what is in it, or use another one ("
                      + CopydeskConfig.DATA_DIR_SETTINGS
                      + ").");
            });
  }

  private static Path wal(Path file, String suffix) {
    return file.toAbsolutePath().resolveSibling(file.getFileName() + suffix);
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }
}
