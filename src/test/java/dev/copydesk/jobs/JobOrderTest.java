package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.JobSettings;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which of two copies a job flags is decided by the files' order, not by which one parsed first;
 * and a dry-run job flags what a real one would without making the shared index remember anything.
 * Real SQLite, real files, a plain-text pipeline with a real in-memory duplicate index.
 */
class JobOrderTest {

  private static final String BODY =
      "The harbour board voted on Tuesday to delay the dredging of the north channel until the"
          + " state finishes testing the sediment for heavy metals, a decision that leaves two"
          + " shipping firms unable to bring their largest vessels into port this winter and that"
          + " the mayor called a costly but unavoidable pause for the health of the bay.";

  @TempDir Path temp;

  private final InMemoryDuplicateIndex shared = new InMemoryDuplicateIndex();

  private Jobs open() {
    CopydeskConfig config =
        CopydeskConfig.defaults()
            .withDataDir(temp.resolve("data").toString())
            .withJobs(new JobSettings(2, 30));
    return Jobs.open(
        config,
        new Ingestion(
            TextPipeline.withIndex(shared, Duration.ofMillis(600)),
            new RecordingPublisher(temp.resolve("deliveries.log"))));
  }

  /** "slow-original.txt" sorts before "the-copy.txt" but takes longer to extract. */
  private Path folder() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("in"));
    Files.writeString(folder.resolve("slow-original.txt"), "Dredging\n\nBy Ann Writer\n\n" + BODY);
    Files.writeString(folder.resolve("the-copy.txt"), "Dredging again\n\nBy Ann Writer\n\n" + BODY);
    return folder;
  }

  private static Map<String, List<FlagCode>> flags(Jobs jobs, String id) {
    return jobs.files(id).stream()
        .collect(
            Collectors.toMap(
                JobFile::file, file -> file.flags().stream().map(FlagCode::valueOf).toList()));
  }

  private static String done(Jobs jobs, Result<JobStatus> submitted) throws InterruptedException {
    String id = ((Result.Ok<JobStatus>) submitted).value().id();
    assertThat(jobs.await(id, Duration.ofSeconds(30)).orElseThrow().state())
        .isEqualTo(JobState.DONE);
    return id;
  }

  @Test
  void theLaterFileIsTheCopyEvenWhenTheEarlierOneParsesSlower() throws Exception {
    try (Jobs jobs = open()) {
      Map<String, List<FlagCode>> flags =
          flags(jobs, done(jobs, Submissions.folder(jobs, folder(), false)));

      assertThat(flags.get("slow-original.txt")).doesNotContain(FlagCode.CROSS_DOCUMENT_DUPLICATE);
      assertThat(flags.get("the-copy.txt")).contains(FlagCode.CROSS_DOCUMENT_DUPLICATE);
    }
  }

  @Test
  void aDryRunFlagsItsOwnCopiesButTheSharedIndexRemembersNothing() throws Exception {
    try (Jobs jobs = open()) {
      Path folder = folder();
      Map<String, List<FlagCode>> dry =
          flags(jobs, done(jobs, Submissions.folder(jobs, folder, true)));
      assertThat(dry.get("slow-original.txt")).doesNotContain(FlagCode.CROSS_DOCUMENT_DUPLICATE);
      assertThat(dry.get("the-copy.txt")).contains(FlagCode.CROSS_DOCUMENT_DUPLICATE);

      Map<String, List<FlagCode>> real =
          flags(jobs, done(jobs, Submissions.folder(jobs, folder, false)));
      assertThat(real.get("slow-original.txt"))
          .as("not a duplicate of its own dry run")
          .doesNotContain(FlagCode.CROSS_DOCUMENT_DUPLICATE);
      assertThat(real.get("the-copy.txt")).contains(FlagCode.CROSS_DOCUMENT_DUPLICATE);
    }
  }
}
