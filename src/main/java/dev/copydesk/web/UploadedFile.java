package dev.copydesk.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One received file, spooled to a temporary file that {@link #close()} deletes. */
record UploadedFile(Path path, String fileName, long bytes, String sha256)
    implements AutoCloseable {

  @Override
  public void close() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      path.toFile().deleteOnExit();
    }
  }
}
