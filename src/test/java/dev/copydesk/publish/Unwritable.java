package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a folder or file this process cannot write, as root too: the immutable attribute ({@code
 * chattr +i}) for root, which ignores permissions, else read-only permissions. Closing undoes it.
 */
final class Unwritable implements AutoCloseable {

  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
  private final Path path;

  private Unwritable(Path path) {
    this.path = path;
  }

  static Unwritable path(Path path) throws Exception {
    if (ROOT) {
      chattr("+i", path);
    } else {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    assertThat(Files.isWritable(path)).as("%s made unwritable", path).isFalse();
    return new Unwritable(path);
  }

  @Override
  public void close() throws Exception {
    if (ROOT) {
      chattr("-i", path);
    } else {
      Files.setPosixFilePermissions(
          path,
          PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
    }
  }

  private static void chattr(String flag, Path path) throws IOException, InterruptedException {
    Process chattr =
        new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
    String output = new String(chattr.getInputStream().readAllBytes());
    assertThat(chattr.waitFor()).as("chattr %s %s: %s", flag, path, output).isZero();
  }
}
