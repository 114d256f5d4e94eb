package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.EntryJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as users run it ({@code java -jar target/copydesk.jar}, what {@code ./copydesk}
 * execs): its own manifest classpath, not the test classpath.
 */
class CopydeskJarIT {

  private static final Pattern SERVING = Pattern.compile("serving (http://\\S+)");

  @TempDir Path dir;

  private ProcessBuilder jar(String... args) {
    List<String> command =
        new java.util.ArrayList<>(List.of("java", "-Xmx512m", "-jar", "target/copydesk.jar"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  @Test
  void ingestJsonPrintsOnlyEntries() throws Exception {
    Process process =
        jar(
                "ingest",
                "--dry-run",
                "--json",
                "--data-dir",
                dir.toString(),
                "seeds/council-budget.txt")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(EntryJson.read(lines.get(0)).authors()).containsExactly("Marta Okonkwo");
  }

  /**
   * The launcher users type ({@code ./copydesk}): the first ingest after a build writes the class
   * archive its short-run JVM options map, and every run still gives the same entries.
   */
  @Test
  void theLauncherIngestsTheSeedsAndWritesThenUsesItsClassArchive() throws Exception {
    Path archive = Path.of("target/copydesk.jsa");
    Files.deleteIfExists(archive);
    for (int run = 1; run <= 2; run++) {
      Process process =
          new ProcessBuilder(
                  "./copydesk",
                  "ingest",
                  "--dry-run",
                  "--json",
                  "--data-dir",
                  dir.toString(),
                  "seeds/")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as("run %d", run).isZero();
      assertThat(out.lines()).as("run %d: an entry per seed", run).hasSize(seedCount());
      assertThat(archive).as("after run %d", run).isNotEmptyFile();
    }
  }

  private static int seedCount() throws IOException {
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      return (int) seeds.count();
    }
  }

  @Test
  void serveAnswersHealthOnLoopback() throws Exception {
    Process process =
        jar("serve", "--insecure-local", "--port", "0", "--data-dir", dir.toString())
            .redirectErrorStream(true)
            .start();
    try {
      URI base = awaitServing(process);
      assertThat(base.getHost()).isEqualTo("127.0.0.1");
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(base.resolve("health"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isIn(200, 503);
      assertThat(health.body()).contains("parser");
    } finally {
      process.destroy();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("graceful stop on SIGTERM").isTrue();
    }
  }

  private static URI awaitServing(Process process) throws Exception {
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = output.readLine(); line != null; line = output.readLine()) {
      seen.append(line).append('\n');
      Matcher serving = SERVING.matcher(line);
      if (serving.find()) {
        return URI.create(serving.group(1));
      }
    }
    throw new AssertionError("copydesk serve did not start:\n" + seen);
  }
}
