package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM runs a job and is killed with SIGKILL at several points; each restart resumes. In the
 * end every file is delivered exactly once: no loss, no duplicate.
 */
class KillResumeTest {

  private static final int FILES = 200;
  private static final int[] KILL_AFTER = {30, 90, 150};

  @TempDir Path temp;

  @Test
  void killMinusNineMidJobThenRestartResumesAndDeliversEachFileExactlyOnce() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("articles"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(folder.resolve("a-%04d.txt".formatted(i)), "Title " + i + "\n\nBody " + i + ".");
    }
    Path data = temp.resolve("data");
    Path log = temp.resolve("deliveries.log");
    List<Long> resumeMillis = new ArrayList<>();

    Process first = child("submit", data, log, folder);
    killAfter(first, log, KILL_AFTER[0]);
    String jobId;
    try (JobStore store = JobStore.open(data)) {
      jobId = store.recent(1).get(0).id();
      assertThat(store.counts(jobId).pending()).isPositive();
    }
    for (int k = 1; k < KILL_AFTER.length; k++) {
      long start = System.nanoTime();
      Process again = child("resume", data, log, null);
      int before = lines(log);
      waitForLines(log, before + 1, again);
      resumeMillis.add((System.nanoTime() - start) / 1_000_000);
      killAfter(again, log, KILL_AFTER[k]);
    }
    Process last = child("resume", data, log, null);
    assertThat(last.waitFor(180, TimeUnit.SECONDS)).as("final run finishes").isTrue();
    assertThat(last.exitValue()).isZero();

    Map<String, Long> submissions = RecordingPublisher.submissions(log);
    assertThat(submissions).hasSize(FILES);
    assertThat(submissions.values()).containsOnly(1L);
    try (JobStore store = JobStore.open(data)) {
      Counts counts = store.counts(jobId);
      assertThat(store.job(jobId).orElseThrow().state()).isEqualTo(JobState.DONE);
      assertThat(counts.done()).isEqualTo(FILES);
      assertThat(counts.delivered()).isEqualTo(FILES);
    }
    System.out.printf("kill -9 x%d: resumed delivering within %s ms%n", KILL_AFTER.length, resumeMillis);
    assertThat(resumeMillis).allSatisfy(ms -> assertThat(ms).isLessThan(10_000));
  }

  private Process child(String mode, Path data, Path log, Path folder) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        JobChild.class.getName(), mode, data.toString(), log.toString()));
    if (folder != null) {
      command.add(folder.toString());
    }
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(temp.resolve("child-" + mode + "-" + System.nanoTime() + ".out").toFile())
        .start();
  }

  /** SIGKILL (destroyForcibly on Linux) once {@code count} deliveries are on disk. */
  private static void killAfter(Process child, Path log, int count) throws Exception {
    waitForLines(log, count, child);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("killed, not finished").isEqualTo(137);
  }

  private static void waitForLines(Path log, int count, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (lines(log) < count) {
      assertThat(child.isAlive()).as("child still running before %d deliveries", count).isTrue();
      assertThat(System.nanoTime()).as("%d deliveries within 120 s", count).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static int lines(Path log) throws IOException {
    return Files.exists(log) ? (int) Files.readString(log).chars().filter(c -> c == '\n').count() : 0;
  }
}
