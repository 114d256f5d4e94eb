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
      Files.writeString(
          folder.resolve("a-%04d.txt".formatted(i)), "Title " + i + "\n\nBody " + i + ".");
    }
    Path data = temp.resolve("data");
    Path log = temp.resolve("deliveries.log");
    List<Long> resumeMillis = new ArrayList<>();
    List<Long> withJvmStartMillis = new ArrayList<>();

    Process first = child("submit", data, log, folder, temp.resolve("submit.out"));
    killAfter(first, log, KILL_AFTER[0]);
    String jobId;
    try (JobStore store = JobStore.open(data)) {
      jobId = store.recent(1).get(0).id();
      assertThat(store.counts(jobId).pending()).isPositive();
    }
    for (int k = 1; k < KILL_AFTER.length; k++) {
      long launched = System.currentTimeMillis();
      Path output = temp.resolve("resume-" + k + ".out");
      Process again = child("resume", data, log, null, output);
      int before = lines(log);
      waitForLines(log, before + 1, again);
      long delivered = System.currentTimeMillis();
      resumeMillis.add(delivered - startedAt(output));
      withJvmStartMillis.add(delivered - launched);
      killAfter(again, log, KILL_AFTER[k]);
    }
    Process last = child("resume", data, log, null, temp.resolve("last.out"));
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
    System.out.printf(
        "kill -9 x%d: first delivery %s ms after the restarted process started (%s ms with JVM"
            + " launch)%n",
        KILL_AFTER.length, resumeMillis, withJvmStartMillis);
    // RELIABILITY.md asks for 10 s; this guard is looser because the build machine may be shared
    // (about 1.6 s with JVM launch when quiet, 9-10 s at load 18 on 2 cores; see docs/bulk.md)
    assertThat(resumeMillis).allSatisfy(ms -> assertThat(ms).isLessThan(20_000));
  }

  /** When the child's main began (its first output line), in epoch milliseconds. */
  private static long startedAt(Path output) throws IOException {
    return Long.parseLong(Files.readAllLines(output).get(0).substring("START ".length()));
  }

  private Process child(String mode, Path data, Path log, Path folder, Path output)
      throws IOException {
    List<String> args = new ArrayList<>(List.of(mode, data.toString(), log.toString()));
    if (folder != null) {
      args.add(folder.toString());
    }
    return ChildJvm.start(JobChild.class, "256m", output, args);
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
    return Files.exists(log)
        ? (int) Files.readString(log).chars().filter(c -> c == '\n').count()
        : 0;
  }
}
