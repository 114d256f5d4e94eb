package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.JobSettings;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server and a {@code copydesk ingest} on one data dir (both default to {@code copydesk-data} in
 * the folder they run from): a process that starts while another runs a job must leave the job to
 * it. Before job claims, the newcomer resumed the job too, and whichever finished it first removed
 * its folder under the other: 541 of 3,000 accepted files failed with {@code UNREADABLE_FILE}.
 */
class SharedDataDirTest {

  private static final int FILES = 40;

  @TempDir Path temp;

  @Test
  void aProcessStartingOnTheSameDataDirLeavesARunningJobToItsOwner() throws Exception {
    Path folder = folderOfArticles();
    Path data = temp.resolve("data");
    CopydeskConfig config =
        CopydeskConfig.defaults().withDataDir(data.toString()).withJobs(new JobSettings(2, 30));
    GatedPublisher here = new GatedPublisher(temp.resolve("here.log"), 5);
    Path otherLog = temp.resolve("other.log");
    Path otherOut = temp.resolve("other.out");
    try (Jobs jobs = Jobs.open(config, new Ingestion(TextPipeline.create(), here))) {
      Result<JobStatus> submitted = Submissions.folder(jobs, folder, false);
      String id = ((Result.Ok<JobStatus>) submitted).value().id();
      assertThat(here.reached.await(30, TimeUnit.SECONDS)).as("job mid-way").isTrue();

      Process other = resumeIn(data, otherLog, otherOut);
      awaitLine(other, otherOut, "OPEN"); // its start-up recovery has run
      here.release.countDown();
      JobStatus status = jobs.await(id, Duration.ofSeconds(60)).orElseThrow();
      assertThat(other.waitFor(60, TimeUnit.SECONDS)).as("other process ends").isTrue();

      assertThat(status.state()).isEqualTo(JobState.DONE);
      assertThat(status.failed()).isZero();
      assertThat(status.processed()).isEqualTo(FILES);
      assertThat(RecordingPublisher.submissions(otherLog)).as("run by the other process").isEmpty();
      Map<String, Long> submissions = RecordingPublisher.submissions(temp.resolve("here.log"));
      assertThat(submissions).hasSize(FILES);
      assertThat(submissions.values()).containsOnly(1L);
      assertThat(data.resolve("jobs").resolve(id)).as("folder removed at the end").doesNotExist();
    }
  }

  /**
   * A cancel sent to a server for a job a {@code copydesk ingest} runs reaches only the job store;
   * the runner holding the job notices it there. Two {@code Jobs} on one data dir in this JVM stand
   * for the two processes (a claim held by one is refused to the other, as across processes).
   */
  @Test
  void aCancelThroughAnotherProcessStopsTheJobWhereItRuns() throws Exception {
    Map<String, Long> delivered = cancelElsewhereWhileHolding(5, true);
    assertThat(delivered).as("files delivered after the cancel").hasSizeLessThanOrEqualTo(6);
  }

  /** The cancel comes while the last file is in hand: nothing is left to run, the job goes too. */
  @Test
  void aJobCancelledElsewhereDuringItsLastFileIsGivenUpToo() throws Exception {
    Map<String, Long> delivered = cancelElsewhereWhileHolding(FILES, false);
    assertThat(delivered).hasSize(FILES);
  }

  /**
   * Runs a job here, holds its {@code gateAt}th delivery, cancels it through a second {@code Jobs},
   * lets go (after the runner's next look at the store is due, or at once), and waits until the
   * runner has given the job up.
   *
   * @return the deliveries made here
   */
  private Map<String, Long> cancelElsewhereWhileHolding(int gateAt, boolean letCheckFall)
      throws Exception {
    Path folder = folderOfArticles();
    CopydeskConfig config =
        CopydeskConfig.defaults()
            .withDataDir(temp.resolve("data").toString())
            .withJobs(new JobSettings(2, 30));
    GatedPublisher runner = new GatedPublisher(temp.resolve("runner.log"), gateAt);
    Path otherLog = temp.resolve("other.log");
    try (Jobs running = Jobs.open(config, new Ingestion(TextPipeline.create(), runner))) {
      String id = ((Result.Ok<JobStatus>) Submissions.folder(running, folder, false)).value().id();
      assertThat(runner.reached.await(30, TimeUnit.SECONDS)).as("delivery held").isTrue();
      try (Jobs server =
          Jobs.open(
              config, new Ingestion(TextPipeline.create(), new RecordingPublisher(otherLog)))) {
        assertThat(server.cancel(id).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
      }
      if (letCheckFall) {
        Thread.sleep(1_100); // the runner asks the store at most once a second
      }
      runner.release.countDown();

      Path jobDir = config.dataPath().resolve("jobs").resolve(id);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      Optional<JobClaim> claim = JobClaim.tryTake(jobDir);
      while (claim.isEmpty()) {
        assertThat(System.nanoTime()).as("job given up within 10 s").isLessThan(deadline);
        Thread.sleep(20);
        claim = JobClaim.tryTake(jobDir);
      }
      claim.get().close();
      Thread.sleep(300);
      assertThat(running.status(id).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
      assertThat(RecordingPublisher.submissions(otherLog)).isEmpty();
      return RecordingPublisher.submissions(temp.resolve("runner.log"));
    }
  }

  private static Process resumeIn(Path data, Path log, Path output) throws Exception {
    return ChildJvm.start(
        JobChild.class, "256m", output, List.of("resume", data.toString(), log.toString()));
  }

  private Path folderOfArticles() throws IOException {
    return Articles.folder(temp, FILES);
  }

  private static void awaitLine(Process child, Path output, String line) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(output) || !Files.readAllLines(output).contains(line)) {
      assertThat(child.isAlive()).as("child running before it printed %s", line).isTrue();
      assertThat(System.nanoTime()).as("%s within 60 s", line).isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
