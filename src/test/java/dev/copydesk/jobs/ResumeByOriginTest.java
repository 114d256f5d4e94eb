package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.JobSettings;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copydesk ingest FOLDER} stopped (Ctrl-C, a crash) and run again: the second run takes up
 * the job the first left, instead of running every file again as a second job beside it (before:
 * 8,959 files of the old job and 10,000 of a new one, after a Ctrl-C at 1,041 of 10,000). Real
 * SQLite, real files, a plain-text pipeline.
 */
class ResumeByOriginTest {

  private static final int FILES = 30;

  @TempDir Path temp;

  @Test
  void theSameCommandAgainResumesItsJobAndSubmitsNothingTwice() throws Exception {
    Path folder = folderOfArticles();
    Origin origin = Origin.of(List.of(folder), false, data());
    String id = stoppedMidWay(folder, origin);

    try (Jobs jobs = open(new RecordingPublisher(log()), origin)) {
      JobStatus resumed = jobs.recovered().resumed().orElseThrow();
      assertThat(resumed.id()).isEqualTo(id);
      assertThat(resumed.processed()).isBetween(1, FILES - 1);
      assertThat(jobs.recovered().superseded()).isEmpty();
      assertThat(jobs.recovered().left()).isEmpty();
      JobStatus done = jobs.await(id, Duration.ofSeconds(60)).orElseThrow();
      assertThat(done.state()).isEqualTo(JobState.DONE);
      assertThat(done.processed()).isEqualTo(FILES);
      assertThat(jobs.list()).as("no second job").hasSize(1);
    }
    Map<String, Long> submissions = RecordingPublisher.submissions(log());
    assertThat(submissions).hasSize(FILES).allSatisfy((entry, n) -> assertThat(n).isEqualTo(1));
  }

  @Test
  void anotherCommandLeavesTheJobForItsOwnCommand() throws Exception {
    Path folder = folderOfArticles();
    Origin origin = Origin.of(List.of(folder), false, data());
    String id = stoppedMidWay(folder, origin);
    Path other = Files.createDirectories(temp.resolve("other"));
    Files.writeString(other.resolve("x.txt"), "X\n\nAnother article.");

    int processedBefore;
    try (Jobs jobs =
        open(new RecordingPublisher(log()), Origin.of(List.of(other), false, data()))) {
      assertThat(jobs.recovered().resumed()).isEmpty();
      assertThat(jobs.recovered().left()).extracting(JobStatus::id).containsExactly(id);
      processedBefore = jobs.recovered().left().get(0).processed();
      Thread.sleep(500);
      JobStatus untouched = jobs.status(id).orElseThrow();
      assertThat(untouched.state().terminal()).isFalse();
      assertThat(untouched.processed()).isEqualTo(processedBefore);
    }
    try (Jobs jobs = open(new RecordingPublisher(log()), origin)) {
      assertThat(jobs.recovered().resumed()).map(JobStatus::id).contains(id);
      assertThat(jobs.await(id, Duration.ofSeconds(60)).orElseThrow().processed()).isEqualTo(FILES);
    }
  }

  @Test
  void aFolderThatChangedSinceCancelsTheOldJobForANewOne() throws Exception {
    Path folder = folderOfArticles();
    String id = stoppedMidWay(folder, Origin.of(List.of(folder), false, data()));
    Files.writeString(folder.resolve("late.txt"), "Late\n\nAn article added after the stop.");

    try (Jobs jobs =
        open(new RecordingPublisher(log()), Origin.of(List.of(folder), false, data()))) {
      assertThat(jobs.recovered().resumed()).isEmpty();
      assertThat(jobs.recovered().superseded()).extracting(JobStatus::id).containsExactly(id);
      assertThat(jobs.status(id).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
      assertThat(temp.resolve("data/jobs").resolve(id)).as("its folder removed").doesNotExist();
    }
  }

  /**
   * The job is run by another live process (a server on the data dir resumed it, or the same
   * command runs in another terminal): reported for the command to follow, not resumed a second
   * time, and not made again.
   */
  @Test
  void aJobOfTheSameOriginThatAnotherProcessRunsIsReportedNotTakenUp() throws Exception {
    Path folder = folderOfArticles();
    Origin origin = Origin.of(List.of(folder), false, data());
    GatedPublisher gate = new GatedPublisher(log(), 6);
    try (Jobs running = open(gate, origin)) {
      JobDraft draft = running.draft("", false, origin);
      draft.addFolder(folder);
      String id = ((Result.Ok<JobStatus>) running.submit(draft)).value().id();
      assertThat(gate.reached.await(30, TimeUnit.SECONDS)).as("job mid-way").isTrue();

      Path otherLog = temp.resolve("other.log");
      try (Jobs second = open(new RecordingPublisher(otherLog), origin)) {
        assertThat(second.recovered().resumed()).isEmpty();
        assertThat(second.recovered().runningElsewhere())
            .extracting(JobStatus::id)
            .containsExactly(id);
        gate.release.countDown();
        assertThat(second.await(id, Duration.ofSeconds(60)).orElseThrow().state())
            .as("followed from the store to its end")
            .isEqualTo(JobState.DONE);
      }
      assertThat(RecordingPublisher.submissions(otherLog)).as("nothing run twice").isEmpty();
      assertThat(RecordingPublisher.submissions(log())).hasSize(FILES);
    }
  }

  /** A job sent to a server has no origin: no command resumes it, a server does. */
  @Test
  void aJobWithoutAnOriginIsLeftForAServer() throws Exception {
    Path folder = folderOfArticles();
    String id = stoppedMidWay(folder, null);

    try (Jobs jobs =
        open(new RecordingPublisher(log()), Origin.of(List.of(folder), false, data()))) {
      assertThat(jobs.recovered().resumed()).isEmpty();
      assertThat(jobs.recovered().left()).isEmpty();
      assertThat(jobs.recovered().leftForServer()).extracting(JobStatus::id).containsExactly(id);
    }
  }

  @Test
  void aServerResumesEveryUnfinishedJobWhateverItsOrigin() throws Exception {
    Path folder = folderOfArticles();
    String id = stoppedMidWay(folder, Origin.of(List.of(folder), false, data()));

    try (Jobs jobs = Jobs.open(config(), new Ingestion(TextPipeline.create(), publisher()))) {
      assertThat(jobs.recovered().resumedAll()).extracting(JobStatus::id).containsExactly(id);
      assertThat(jobs.await(id, Duration.ofSeconds(60)).orElseThrow().state())
          .isEqualTo(JobState.DONE);
    }
  }

  @Test
  void theOriginChangesWithTheFilesAndTheModeButNotWithHowThePathIsWritten() throws Exception {
    Path folder = folderOfArticles();
    Origin first = Origin.of(List.of(folder), false, data());

    assertThat(Origin.of(List.of(folder), false, data())).isEqualTo(first);
    assertThat(Origin.of(List.of(folder.resolve("../articles/.")), false, data())).isEqualTo(first);
    assertThat(Origin.of(List.of(folder), true, data()).digest()).isNotEqualTo(first.digest());
    Path file = folder.resolve("a-007.txt");
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
    Origin touched = Origin.of(List.of(folder), false, data());
    assertThat(touched.paths()).isEqualTo(first.paths());
    assertThat(touched.digest()).isNotEqualTo(first.digest());
    assertThat(touched.samePaths(first)).isTrue();
    Origin missing = Origin.of(List.of(temp.resolve("nowhere")), false, data());
    assertThat(missing.digest()).isNotEqualTo(first.digest());
  }

  @Test
  void theOriginLeavesOutHiddenFilesAndADataDirInsideTheFolder() throws Exception {
    Path folder = folderOfArticles();
    Path inside = folder.resolve("copydesk-data");
    Origin before = Origin.of(List.of(folder), false, inside);

    Files.createDirectories(inside.resolve("jobs"));
    Files.writeString(inside.resolve("entries.ndjson"), "{}\n");
    Files.writeString(folder.resolve(".DS_Store"), "finder was here");

    assertThat(Origin.of(List.of(folder), false, inside)).isEqualTo(before);
  }

  /** Runs a job from {@code folder} until its 6th delivery, then stops its process there. */
  private String stoppedMidWay(Path folder, Origin origin) throws Exception {
    GatedPublisher gate = new GatedPublisher(log(), 6);
    String id;
    try (Jobs jobs = open(gate, origin)) {
      JobDraft draft = jobs.draft("", false, origin);
      draft.addFolder(folder);
      Result<JobStatus> submitted = jobs.submit(draft);
      id = ((Result.Ok<JobStatus>) submitted).value().id();
      assertThat(gate.reached.await(30, TimeUnit.SECONDS)).as("job mid-way").isTrue();
    } // closing interrupts the held worker, as a Ctrl-C would stop it
    gate.close();
    return id;
  }

  private Jobs open(RecordingPublisher publisher, Origin origin) {
    return Jobs.open(config(), new Ingestion(TextPipeline.create(), publisher), origin);
  }

  private RecordingPublisher publisher() {
    return new RecordingPublisher(log());
  }

  private CopydeskConfig config() {
    return CopydeskConfig.defaults()
        .withDataDir(temp.resolve("data").toString())
        .withJobs(new JobSettings(2, 30));
  }

  private Path data() {
    return temp.resolve("data");
  }

  private Path log() {
    return temp.resolve("deliveries.log");
  }

  private Path folderOfArticles() throws IOException {
    return Articles.folder(temp, FILES);
  }
}
