package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * copydesk run by a user who may not write its install (built by root, run by a service account)
 * and may not read or write everything it is given: the launcher runs without writing its class
 * archive beside the jar, a data dir the user cannot write is said to be one, with what to do, and
 * a folder holding files and subfolders the user cannot read is imported but for those, each with
 * its own row. Run as root, the launcher runs as {@code nobody}; otherwise the install and the data
 * dir are made read-only for the user running the tests.
 */
class UnprivilegedUserIT {

  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  @Test
  void theLauncherRunsFromAnInstallItsUserCannotWriteAndSaysWhenTheDataDirIsNotWritable()
      throws Exception {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path install = install();
    Path seed = Files.copy(Path.of("seeds/library-fire.docx"), dir.resolve("library-fire.docx"));
    Path data = Files.createDirectory(dir.resolve("data"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));

    Run ingest =
        launch(install, "ingest", "--json", "--data-dir", data.toString(), seed.toString());

    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out().lines()).hasSize(1);
    assertThat(install.resolve("target/copydesk.jsa")).doesNotExist();

    Path locked = Files.createDirectory(dir.resolve("locked"));
    if (!ROOT) {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    Run refused = launch(install, "ingest", "--data-dir", locked.toString(), seed.toString());

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err())
        .contains("cannot write " + locked + " as user ")
        .contains("Give this user write access")
        .doesNotContain("damaged")
        .doesNotContain("\tat ");

    Run server =
        launch(
            install, "serve", "--insecure-local", "--port", "0", "--data-dir", locked.toString());

    assertThat(server.exit()).isEqualTo(1);
    assertThat(server.err()).contains("cannot write " + locked + " as user ");
  }

  @Test
  void aFolderWithFilesAndFoldersTheUserCannotReadIsImportedButForThoseEachWithItsRow()
      throws Exception {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path install = install();
    Path folder = Files.createDirectories(dir.resolve("articles/private"));
    Files.copy(Path.of("seeds/library-fire.docx"), folder.resolveSibling("library-fire.docx"));
    Files.copy(Path.of("seeds/orchard-festival.md"), folder.resolveSibling("orchard-festival.md"));
    Files.copy(Path.of("seeds/library-fire.docx"), folder.resolve("hidden-away.docx"));
    Path unreadable = folder.resolveSibling("orchard-festival.md");
    Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    Path data = Files.createDirectory(dir.resolve("data"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
    try {
      Run ingest =
          launch(
              install,
              "ingest",
              "--dry-run",
              "--data-dir",
              data.toString(),
              folder.getParent().toString());

      String all = ingest.out() + ingest.err();
      assertThat(ingest.exit()).as(all).isEqualTo(1);
      assertThat(all)
          .contains("3 files: 1 ok, 2 failed")
          .contains(
              "orchard-festival.md: UNREADABLE_FILE - The file could not be read (permission"
                  + " denied)")
          .contains(
              "private: UNREADABLE_FILE - The folder could not be read (permission denied); the"
                  + " files in it were not imported");
      assertThat(all.lines().filter(line -> line.startsWith("library-fire.docx")))
          .singleElement()
          .asString()
          .contains("Volunteers race to save");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /**
   * The launcher, its jar and libraries as a build leaves them, in a folder the user cannot write.
   */
  private Path install() throws IOException {
    Path install = Files.createDirectory(dir.resolve("install"));
    Files.copy(
        Path.of("copydesk"), install.resolve("copydesk"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.copy(Path.of("pom.xml"), install.resolve("pom.xml"));
    Files.createDirectories(install.resolve("src/main"));
    Path target = Files.createDirectory(install.resolve("target"));
    Files.copy(Path.of("target/copydesk.jar"), target.resolve("copydesk.jar"));
    Path lib = Files.createDirectory(target.resolve("lib"));
    try (Stream<Path> jars = Files.list(Path.of("target/lib"))) {
      for (Path jar : jars.toList()) {
        linkOrCopy(jar, lib.resolve(jar.getFileName()));
      }
    }
    // newer than the sources, so the launcher does not rebuild
    Files.setLastModifiedTime(
        target.resolve("copydesk.jar"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    if (!ROOT) {
      for (Path folder : List.of(lib, target, install)) {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
      }
    }
    return install;
  }

  private static void linkOrCopy(Path jar, Path into) throws IOException {
    try {
      Files.createLink(into, jar.toAbsolutePath());
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(jar, into);
    }
  }

  private Run launch(Path install, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    if (ROOT) {
      command.addAll(
          List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
    }
    command.add(install.resolve("copydesk").toString());
    command.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
    builder.environment().put("HOME", dir.toString());
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
