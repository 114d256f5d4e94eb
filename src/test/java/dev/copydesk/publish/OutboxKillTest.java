package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the delivering process at random moments, ten times, each time restarted:
 * nothing accepted is lost, nothing is delivered twice at once, delivery resumes quickly.
 */
class OutboxKillTest {

  private static final int ENTRIES = 200;
  private static final int KILLS = 10;
  private static final int WORKERS = 2;
  private static final long SEED = 20241120L;

  /** The last child's stderr, kept after the test (not in /tmp, where each run left a file). */
  private static final Path CHILD_LOG = Path.of("target", "outbox-kill-child.log");

  @TempDir Path dataDir;

  @Test
  void killNineTenTimesLosesAndDuplicatesNothing() throws Exception {
    Random random = new Random(SEED);
    List<String> accepted = new CopyOnWriteArrayList<>();
    List<Long> resumeMillis = new ArrayList<>();
    List<Long> resumeFromReadyMillis = new ArrayList<>();
    int killsMidWork = 0;
    try (RecordingCms cms = new RecordingCms(Duration.ofMillis(100))) {
      for (int run = 0; run < KILLS; run++) {
        long killAfter = 200 + random.nextInt(2_300); // after the child is up: a loaded machine
        long start = System.nanoTime(); //               can take seconds just to start a JVM
        CountDownLatch ready = new CountDownLatch(1);
        Process child = startChild(cms, accepted, ready);
        assertThat(ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
        long readyAt = System.nanoTime();
        child.waitFor(killAfter, TimeUnit.MILLISECONDS);
        boolean midWork = child.isAlive() && cms.items().size() < ENTRIES;
        child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hooks, no close()
        killsMidWork += midWork ? 1 : 0;
        firstPutAfter(cms, start).ifPresent(resumeMillis::add);
        firstPutAfter(cms, readyAt).ifPresent(resumeFromReadyMillis::add);
        System.out.printf(
            "kill %2d, %4d ms after start-up (%4d ms after exec): accepted %3d, in CMS %3d, PUTs %3d%n",
            run + 1,
            killAfter,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
            accepted.size(),
            cms.items().size(),
            cms.puts().size());
      }
      long start = System.nanoTime();
      CountDownLatch ready = new CountDownLatch(1);
      Process last = startChild(cms, accepted, ready);
      assertThat(ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
      long readyAt = System.nanoTime();
      assertThat(last.waitFor(150, TimeUnit.SECONDS)).as("final run finishes").isTrue();
      firstPutAfter(cms, start).ifPresent(resumeMillis::add);
      firstPutAfter(cms, readyAt).ifPresent(resumeFromReadyMillis::add);

      Map<String, Integer> putsById = new HashMap<>();
      cms.puts().forEach(p -> putsById.merge(p.id(), 1, Integer::sum));
      int redundant = cms.puts().size() - putsById.size();
      System.out.printf(
          "after %d kills (%d mid-work): %d in CMS, %d PUTs (%d repeated after a lost reply),"
              + " first delivery after restart: max %d ms from exec, max %d ms from start-up%n",
          KILLS,
          killsMidWork,
          cms.items().size(),
          cms.puts().size(),
          redundant,
          resumeMillis.stream().mapToLong(Long::longValue).max().orElse(-1),
          resumeFromReadyMillis.stream().mapToLong(Long::longValue).max().orElse(-1));

      assertThat(accepted)
          .as("no accepted entry was lost and re-submitted")
          .doesNotHaveDuplicates();
      assertThat(cms.items()).hasSize(ENTRIES);
      assertThat(redundant)
          .as("repeats only for deliveries cut by a kill")
          .isLessThanOrEqualTo(KILLS * WORKERS);
      assertThat(killsMidWork)
          .as("kills that landed while work was pending")
          .isGreaterThanOrEqualTo(KILLS / 2);
      assertThat(resumeFromReadyMillis).isNotEmpty().allMatch(ms -> ms < 10_000);
      assertAllDelivered(cms);
    }
  }

  private void assertAllDelivered(RecordingCms cms) {
    HttpTarget target =
        new HttpTarget(cms.base(), "t", Duration.ofSeconds(1), Duration.ofSeconds(1));
    try (OutboxPublisher publisher =
        OutboxPublisher.open(dataDir, target, RelaySettings.defaults())) {
      for (int i = 0; i < ENTRIES; i++) {
        assertThat(publisher.status("k" + i).orElseThrow().state())
            .as("k" + i)
            .isEqualTo("delivered");
      }
    }
  }

  private static java.util.Optional<Long> firstPutAfter(RecordingCms cms, long start) {
    return cms.puts().stream()
        .mapToLong(RecordingCms.Put::nanoTime)
        .filter(t -> t >= start)
        .min()
        .stream()
        .mapToObj(t -> TimeUnit.NANOSECONDS.toMillis(t - start))
        .findFirst();
  }

  private Process startChild(RecordingCms cms, List<String> accepted, CountDownLatch ready)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                System.getProperty("java.class.path"),
                OutboxKillChild.class.getName(),
                dataDir.toString(),
                cms.base().toString(),
                Integer.toString(ENTRIES))
            .redirectError(CHILD_LOG.toFile())
            .start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  if (line.equals("STARTED")) {
                    ready.countDown();
                  } else if (line.startsWith("ACCEPTED ")) {
                    accepted.add(line.substring("ACCEPTED ".length()));
                  }
                }
              } catch (IOException e) {
                // the child was killed mid-line
              }
            });
    reader.setDaemon(true);
    reader.start();
    return child;
  }
}
