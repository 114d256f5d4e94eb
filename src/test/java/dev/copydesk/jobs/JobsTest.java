package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.JobSettings;
import dev.copydesk.extract.NiceValues;
import dev.copydesk.model.Entry;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Result;
import dev.copydesk.model.StorageFullTest;
import dev.copydesk.publish.Publisher;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentMatcher;
import org.mockito.ArgumentMatchers;

/** Jobs end to end on real SQLite and real files, with a plain-text pipeline. */
class JobsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  private CopydeskConfig config() {
    return CopydeskConfig.defaults()
        .withDataDir(temp.resolve("data").toString())
        .withJobs(new JobSettings(2, 30));
  }

  private Jobs open(Publisher publisher) {
    return Jobs.open(config(), new Ingestion(TextPipeline.create(), publisher));
  }

  private Path folderOf(int good) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("articles"));
    for (int i = 0; i < good; i++) {
      String byline = i % 2 == 0 ? "By Ann Writer\n\n" : "";
      Files.writeString(
          folder.resolve("article-%03d.txt".formatted(i)),
          "Title " + i + "\n\n" + byline + "Paragraph of article " + i + " with some words.\n");
    }
    return folder;
  }

  private static JobStatus ok(Result<JobStatus> result) {
    assertThat(result).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<JobStatus>) result).value();
  }

  @Test
  void jobWorkersRunAtTheBackgroundPriority() throws Exception {
    int server = NiceValues.ofProcess(ProcessHandle.current().pid());
    try (Jobs jobs = open(new RecordingPublisher(temp.resolve("deliveries.log")))) {
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      List<Integer> workers = jobWorkerNiceValues();
      // Until the workers have started (none listed also "all match") and lowered their priority.
      while ((workers.size() < 2
              || !workers.stream().allMatch(nice -> nice == NiceValues.lowered(server)))
          && System.nanoTime() < giveUp) {
        Thread.sleep(20);
        workers = jobWorkerNiceValues();
      }

      assertThat(workers).hasSizeGreaterThanOrEqualTo(2).containsOnly(NiceValues.lowered(server));
    }
  }

  /** The nice values of this JVM's threads named {@code copydesk-job-N}. */
  private static List<Integer> jobWorkerNiceValues() throws IOException {
    try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
      return threads
          .filter(thread -> threadName(thread).startsWith("copydesk-job-"))
          .map(NiceValues::of)
          .toList();
    }
  }

  private static String threadName(Path thread) {
    try {
      return Files.readString(thread.resolve("comm")).strip();
    } catch (IOException ended) {
      return "";
    }
  }

  @Test
  void aFolderJobDeliversGoodFilesAndReportsEachBadOneWithItsCode() throws Exception {
    Path folder = folderOf(20);
    Files.write(folder.resolve("broken.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Path log = temp.resolve("deliveries.log");
    try (Jobs jobs = open(new RecordingPublisher(log))) {
      JobStatus submitted = ok(Submissions.folder(jobs, folder, false));
      JobStatus done = jobs.await(submitted.id(), Duration.ofSeconds(60)).orElseThrow();

      assertThat(done.state()).isEqualTo(JobState.DONE);
      assertThat(done.total()).isEqualTo(22);
      assertThat(done.processed()).isEqualTo(22);
      assertThat(done.delivered()).isEqualTo(20);
      assertThat(done.flagged()).isEqualTo(10);
      assertThat(done.failed()).isEqualTo(2);
      assertThat(jobs.files(done.id()))
          .filteredOn(f -> f.state() == FileState.FAILED)
          .extracting(JobFile::file, JobFile::code)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("broken.txt", "CORRUPT_FILE"),
              org.assertj.core.groups.Tuple.tuple("empty.txt", "EMPTY_FILE"));

      StringWriter ndjson = new StringWriter();
      assertThat(jobs.entries(done.id(), ndjson)).isTrue();
      List<String> lines = ndjson.toString().lines().toList();
      assertThat(lines).hasSize(20);
      assertThat(lines).allSatisfy(line -> JSON.readValue(line, Entry.class));

      StringWriter report = new StringWriter();
      jobs.report(done.id(), ReportFormat.JSON, report);
      JsonNode tree = JSON.readTree(report.toString());
      assertThat(tree.at("/job/state").asText()).isEqualTo("done");
      assertThat(tree.at("/files")).hasSize(22);

      StringWriter csv = new StringWriter();
      jobs.report(done.id(), ReportFormat.CSV, csv);
      assertThat(csv.toString().split("\r\n")).hasSize(23);
      assertThat(csv.toString()).startsWith("seq,file,state,code,detail,entryId");
    }
    assertThat(RecordingPublisher.submissions(log))
        .hasSize(20)
        .allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    assertThat(temp.resolve("data/jobs")).isEmptyDirectory();
  }

  @Test
  void aJobAndItsFilesAreOnDiskWhenSubmitReturns() throws Exception {
    GatedPublisher gate = new GatedPublisher(temp.resolve("deliveries.log"), 1);
    byte[] zip =
        Archives.zip()
            .file("a.txt", "A\n\nBy X\n\nText a.")
            .file("b/c.txt", "C\n\nText c.")
            .bytes();
    try (Jobs jobs = open(gate)) {
      JobStatus status = ok(Submissions.archive(jobs, new ByteArrayInputStream(zip), "two.zip"));
      try (JobStore other = JobStore.open(temp.resolve("data"))) {
        assertThat(other.job(status.id())).isPresent();
        assertThat(other.files(status.id()))
            .extracting(JobFile::file)
            .containsExactly("a.txt", "b/c.txt");
        assertThat(other.files(status.id())).allSatisfy(f -> assertThat(f.sha256()).hasSize(64));
      }
      gate.release.countDown();
      assertThat(jobs.await(status.id(), Duration.ofSeconds(30)).orElseThrow().delivered())
          .isEqualTo(2);
    }
  }

  @Test
  void cancelMidJobStopsTheRestAndKeepsWhatWasDone() throws Exception {
    Path folder = folderOf(60);
    GatedPublisher gate = new GatedPublisher(temp.resolve("deliveries.log"), 10);
    try (Jobs jobs = open(gate)) {
      String id = ok(Submissions.folder(jobs, folder, false)).id();
      assertThat(gate.reached.await(30, TimeUnit.SECONDS)).isTrue();
      JobStatus running = jobs.status(id).orElseThrow();
      assertThat(running.state()).isEqualTo(JobState.RUNNING);
      assertThat(running.filesPerSecond()).isPositive();
      assertThat(running.etaSeconds()).isPositive();

      JobStatus cancelled = jobs.cancel(id).orElseThrow();
      int atCancel = gate.submitted();
      gate.release.countDown();
      assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
      Thread.sleep(500);
      int settled = gate.submitted();
      Thread.sleep(500);

      // only the file the other worker had in hand may still finish
      assertThat(settled).isBetween(atCancel, atCancel + 1).isEqualTo(gate.submitted());
      JobStatus last = jobs.status(id).orElseThrow();
      assertThat(last.processed()).isEqualTo(settled).isLessThan(60);
      assertThat(jobs.files(id))
          .filteredOn(f -> f.state() == FileState.PENDING)
          .hasSize(60 - settled);
      assertThat(jobs.cancel(id).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
    }
  }

  @Test
  void aFileThatFindsTheDiskFullWaitsAndIsDeliveredOnceThereIsRoom() throws Exception {
    Path folder = folderOf(6);
    RecordingPublisher publisher = spy(new RecordingPublisher(temp.resolve("deliveries.log")));
    AtomicBoolean diskFull = new AtomicBoolean(true);
    doAnswer(
            call -> {
              if (diskFull.get()) {
                throw new IllegalStateException("outbox", StorageFullTest.realNoSpaceError());
              }
              return call.callRealMethod();
            })
        .when(publisher)
        .submit(ArgumentMatchers.any());
    try (Jobs jobs = open(publisher)) {
      long start = System.nanoTime();
      String id = ok(Submissions.folder(jobs, folder, false)).id();
      JobStatus paused = jobs.status(id).orElseThrow();
      for (int i = 0; i < 100 && paused.waiting() == null; i++) {
        Thread.sleep(50);
        paused = jobs.status(id).orElseThrow();
      }
      assertThat(paused.waiting()).as("status says why the job waits").isNotNull();
      assertThat(paused.waiting().code()).isEqualTo("STORAGE_FULL");
      assertThat(paused.waiting().since()).isNotBlank();
      assertThat(paused.state()).isEqualTo(JobState.RUNNING);
      assertThat(paused.etaSeconds()).as("no time left while waiting").isNull();
      diskFull.set(false);
      JobStatus done = jobs.await(id, Duration.ofSeconds(60)).orElseThrow();

      assertThat(done.state()).isEqualTo(JobState.DONE);
      assertThat(done.delivered()).isEqualTo(6);
      assertThat(done.failed()).isZero();
      assertThat(done.waiting()).isNull();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("the workers paused before trying again")
          .isGreaterThanOrEqualTo(DiskFullPause.LENGTH.minusSeconds(1));
    }
  }

  @Test
  void aFileWhoseDeliveryThrowsFailsAloneWithAStableCode() throws Exception {
    Path folder = folderOf(6);
    RecordingPublisher publisher = spy(new RecordingPublisher(temp.resolve("deliveries.log")));
    doThrow(new IllegalStateException("disk on fire at com.example.Secret"))
        .when(publisher)
        .submit(
            ArgumentMatchers.argThat((ArgumentMatcher<Entry>) e -> "Title 3".equals(e.title())));
    try (Jobs jobs = open(publisher)) {
      JobStatus done =
          jobs.await(ok(Submissions.folder(jobs, folder, false)).id(), Duration.ofSeconds(30))
              .orElseThrow();

      assertThat(done.state()).isEqualTo(JobState.DONE);
      assertThat(done.delivered()).isEqualTo(5);
      JobFile failed =
          jobs.files(done.id()).stream()
              .filter(f -> f.state() == FileState.FAILED)
              .findFirst()
              .orElseThrow();
      assertThat(failed.file()).isEqualTo("article-003.txt");
      assertThat(failed.code()).isEqualTo("INTERNAL");
      assertThat(failed.detail()).doesNotContain("Exception", "com.example", "at ");
    }
  }

  @Test
  void stoppingMidJobAndReopeningResumesWithoutSubmittingAnythingTwice() throws Exception {
    Path folder = folderOf(30);
    Path log = temp.resolve("deliveries.log");
    GatedPublisher gate = new GatedPublisher(log, 8);
    String id;
    try (Jobs jobs = open(gate)) {
      id = ok(Submissions.folder(jobs, folder, false)).id();
      assertThat(gate.reached.await(30, TimeUnit.SECONDS)).isTrue();
    } // closing interrupts the held worker: its entry is submitted, its outcome never recorded
    gate.close();
    try (JobStore store = JobStore.open(temp.resolve("data"))) {
      assertThat(store.counts(id).pending()).isGreaterThan(0);
    }
    try (Jobs jobs = open(new RecordingPublisher(log))) {
      JobStatus done = jobs.await(id, Duration.ofSeconds(60)).orElseThrow();
      assertThat(done.state()).isEqualTo(JobState.DONE);
      assertThat(done.delivered()).isEqualTo(30);
    }
    Map<String, Long> submissions = RecordingPublisher.submissions(log);
    assertThat(submissions).hasSize(30).allSatisfy((entry, n) -> assertThat(n).isEqualTo(1));
  }

  /**
   * {@code copydesk ingest .} where copydesk runs: the default data dir is inside the folder.
   * Before, its databases, lock files and job copies were taken in as 9 failed rows, and a second
   * run took in the NDJSON store itself as an article and delivered it.
   */
  @Test
  void aFolderHoldingTheDataDirTakesInOnlyItsArticles() throws Exception {
    Path folder = folderOf(3);
    CopydeskConfig inside = config().withDataDir(folder.resolve("copydesk-data").toString());
    for (int run = 0; run < 2; run++) {
      try (Jobs jobs =
          Jobs.open(
              inside,
              new Ingestion(
                  TextPipeline.create(), new RecordingPublisher(temp.resolve("deliveries.log"))))) {
        String id = ok(Submissions.folder(jobs, folder, false)).id();
        JobStatus done = jobs.await(id, Duration.ofSeconds(30)).orElseThrow();

        assertThat(done.total()).as("run %d", run + 1).isEqualTo(3);
        assertThat(jobs.files(id))
            .extracting(JobFile::file)
            .allMatch(f -> f.startsWith("article-"));
      }
    }
  }

  @Test
  void multipartFilesWithABadArchivePartFailThatPartAlone() throws Exception {
    byte[] zip = Archives.zip().file("in-zip.txt", "Z\n\nZip text.").bytes();
    List<Submissions.Upload> uploads =
        List.of(
            new Submissions.Upload("one.txt", stream("One\n\nText one.")),
            new Submissions.Upload("bundle.zip", new ByteArrayInputStream(zip)),
            new Submissions.Upload("fake.zip", stream("not a zip at all")));
    try (Jobs jobs = open(new RecordingPublisher(temp.resolve("deliveries.log")))) {
      JobStatus done =
          jobs.await(ok(Submissions.files(jobs, uploads)).id(), Duration.ofSeconds(30))
              .orElseThrow();
      assertThat(done.name()).as("named after its parts").isEqualTo("one.txt and 2 more");

      assertThat(jobs.files(done.id()))
          .extracting(JobFile::file, JobFile::state, JobFile::code)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("one.txt", FileState.DONE, null),
              org.assertj.core.groups.Tuple.tuple("bundle.zip/in-zip.txt", FileState.DONE, null),
              org.assertj.core.groups.Tuple.tuple("fake.zip", FileState.FAILED, "CORRUPT_FILE"));
    }
  }

  @Test
  void aRejectedSubmissionLeavesNoJobAndNoFiles() throws Exception {
    try (Jobs jobs = open(new RecordingPublisher(temp.resolve("deliveries.log")))) {
      Result<JobStatus> result = Submissions.archive(jobs, stream("plain text"), "articles.zip");

      assertThat(result).isInstanceOf(Result.Failed.class);
      assertThat(((Result.Failed<JobStatus>) result).error().code())
          .isEqualTo(ErrorCode.CORRUPT_FILE);
      assertThat(jobs.list()).isEmpty();
      assertThat(temp.resolve("data/jobs")).isEmptyDirectory();
      assertThat(jobs.status("nope")).isEmpty();
      assertThat(jobs.entries("nope", new StringWriter())).isFalse();
    }
  }

  @Test
  void aDryRunJobKeepsEntriesButDeliversNothing() throws Exception {
    Path folder = folderOf(3);
    Path log = temp.resolve("deliveries.log");
    try (Jobs jobs = open(new RecordingPublisher(log))) {
      JobStatus done =
          jobs.await(ok(Submissions.folder(jobs, folder, true)).id(), Duration.ofSeconds(30))
              .orElseThrow();
      assertThat(done.dryRun()).isTrue();
      assertThat(done.accepted()).isZero();
      assertThat(jobs.files(done.id())).extracting(JobFile::delivery).containsOnly("skipped");
      StringWriter ndjson = new StringWriter();
      jobs.entries(done.id(), ndjson);
      assertThat(ndjson.toString().lines()).hasSize(3);
    }
    assertThat(Files.readString(log)).isEmpty();
  }

  /** The job store kept every job's rows and entry JSON for ever: a second copy of the archive. */
  @Test
  void jobsThatEndedLongerAgoThanKeepDaysAreForgottenAtTheNextStartOrJob() throws Exception {
    Path folder = folderOf(2);
    Path log = temp.resolve("deliveries.log");
    String old;
    String recent;
    try (Jobs jobs = open(new RecordingPublisher(log))) {
      old =
          jobs.await(ok(Submissions.folder(jobs, folder, false)).id(), Duration.ofSeconds(30))
              .get()
              .id();
      recent =
          jobs.await(ok(Submissions.folder(jobs, folder, false)).id(), Duration.ofSeconds(30))
              .get()
              .id();
    }
    endedDaysAgo(old, 31);
    endedDaysAgo(recent, 29);

    try (Jobs jobs = open(new RecordingPublisher(log))) {
      assertThat(jobs.status(old)).isEmpty();
      assertThat(jobs.entries(old, new StringWriter())).isFalse();
      assertThat(jobs.status(recent)).isPresent();
      assertThat(jobs.files(recent)).hasSize(2);
      endedDaysAgo(recent, 31); // while running: forgotten with the next job submitted
      String next = ok(Submissions.folder(jobs, folder, false)).id();
      assertThat(jobs.status(recent)).isEmpty();
      assertThat(jobs.await(next, Duration.ofSeconds(30))).isPresent();
    }
    try (var db = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("data/jobs.db"));
        var rows =
            db.createStatement()
                .executeQuery(
                    "SELECT count(*) FROM job_entries WHERE job_id IN ('%s', '%s')"
                        .formatted(old, recent))) {
      assertThat(rows.getInt(1)).isZero();
    }
  }

  @Test
  void keepDaysZeroKeepsEveryJob() throws Exception {
    Path folder = folderOf(1);
    CopydeskConfig keepAll = config().withJobs(new JobSettings(2, 0));
    String id;
    try (Jobs jobs =
        Jobs.open(
            keepAll,
            new Ingestion(
                TextPipeline.create(), new RecordingPublisher(temp.resolve("deliveries.log"))))) {
      id =
          jobs.await(ok(Submissions.folder(jobs, folder, false)).id(), Duration.ofSeconds(30))
              .get()
              .id();
    }
    endedDaysAgo(id, 10_000);
    try (Jobs jobs =
        Jobs.open(
            keepAll,
            new Ingestion(
                TextPipeline.create(), new RecordingPublisher(temp.resolve("deliveries.log"))))) {
      assertThat(jobs.status(id)).isPresent();
    }
  }

  private void endedDaysAgo(String jobId, int days) throws Exception {
    try (var db = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve("data/jobs.db"));
        var update = db.prepareStatement("UPDATE jobs SET finished = ? WHERE id = ?")) {
      update.setString(1, Instant.now().minus(Duration.ofDays(days)).toString());
      update.setString(2, jobId);
      assertThat(update.executeUpdate()).isOne();
    }
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
