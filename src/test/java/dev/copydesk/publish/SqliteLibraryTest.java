package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with {@code kill -9} leaves no copy of SQLite's native library behind. */
class SqliteLibraryTest {

  @TempDir Path dataDir;
  @TempDir Path tempFolder;

  @Test
  void killedProcessesShareOneCopyInTheDataDirAndLeaveNothingInTheTempFolder() throws Exception {
    openAndKill();
    assertThat(namesIn(tempFolder)).as("the temp folder after a kill").isEmpty();
    Path library = onlyLibrary();
    FileTime written = Files.getLastModifiedTime(library);

    openAndKill();
    assertThat(onlyLibrary()).isEqualTo(library);
    assertThat(Files.getLastModifiedTime(library))
        .as("reused, not written again")
        .isEqualTo(written);
    assertThat(namesIn(tempFolder)).as("the temp folder after two kills").isEmpty();
  }

  @Test
  void aDamagedCopyIsWrittenAgain() throws Exception {
    openAndKill();
    Path library = onlyLibrary();
    long size = Files.size(library);
    Files.write(library, new byte[] {1, 2, 3});

    openAndKill();
    assertThat(Files.size(library)).isEqualTo(size);
    assertThat(namesIn(tempFolder)).isEmpty();
  }

  private void openAndKill() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx64m",
                "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + tempFolder,
                "-cp",
                System.getProperty("java.class.path"),
                SqliteLibraryChild.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      StringBuilder seen = new StringBuilder();
      while ((line = out.readLine()) != null && !line.equals("open")) {
        seen.append(line).append('\n');
      }
      assertThat(line).as("the child opened the database; it said:\n" + seen).isEqualTo("open");
    } finally {
      child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no delete-on-exit
    }
  }

  private Path onlyLibrary() throws IOException {
    try (Stream<Path> files = Files.walk(dataDir.resolve("native"))) {
      List<Path> libraries = files.filter(Files::isRegularFile).toList();
      assertThat(libraries).hasSize(1);
      return libraries.get(0);
    }
  }

  private static List<String> namesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).toList();
    }
  }
}
