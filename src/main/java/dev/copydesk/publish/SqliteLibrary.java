package dev.copydesk.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where SQLite's native library is loaded from: one copy in the data directory ({@code
 * native/sqlite-<version>/}), written by the first process and loaded by every later one.
 *
 * <p>Left to itself, sqlite-jdbc writes a fresh 1 MB copy into the temp directory in every JVM and
 * deletes it only at a normal exit, so each server stopped by {@code kill -9} (or a crash) left one
 * behind for good. An operator's own {@code org.sqlite.lib.path} wins; when the copy cannot be
 * written the driver keeps its default (and if a folder cannot load it, {@code noexec}, the driver
 * falls back to the temp directory by itself).
 */
public final class SqliteLibrary {

  private static final Logger LOG = LoggerFactory.getLogger(SqliteLibrary.class);
  private static final String PATH_PROPERTY = "org.sqlite.lib.path";
  private static final String NAME_PROPERTY = "org.sqlite.lib.name";

  private SqliteLibrary() {}

  /** Points the driver at the copy in {@code dataDir}, writing it first when it is missing. */
  public static synchronized void keepIn(Path dataDir) {
    if (System.getProperty(PATH_PROPERTY) != null) {
      return;
    }
    String name = LibraryLoaderUtil.getNativeLibName();
    String folderInJar = LibraryLoaderUtil.getNativeLibResourcePath();
    if (!LibraryLoaderUtil.hasNativeLib(folderInJar, name)) {
      return; // the driver reports a platform it has no library for
    }
    Path folder = dataDir.resolve("native").resolve("sqlite-" + SQLiteJDBCLoader.getVersion());
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(folderInJar + "/" + name)) {
      byte[] library = in.readAllBytes();
      Path file = folder.resolve(name);
      if (!holds(file, library)) {
        write(folder, file, library);
      }
      System.setProperty(NAME_PROPERTY, name);
      System.setProperty(PATH_PROPERTY, folder.toAbsolutePath().toString());
    } catch (IOException e) {
      LOG.warn("cannot keep SQLite's native library in {}: {}", folder, e.getMessage());
    }
  }

  private static boolean holds(Path file, byte[] library) throws IOException {
    return Files.isRegularFile(file)
        && Files.size(file) == library.length
        && Arrays.equals(Files.readAllBytes(file), library);
  }

  /** Written beside and moved into place, so a process never loads a half-written copy. */
  private static void write(Path folder, Path file, byte[] library) throws IOException {
    Files.createDirectories(folder);
    Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".partial");
    try {
      Files.write(partial, library);
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
