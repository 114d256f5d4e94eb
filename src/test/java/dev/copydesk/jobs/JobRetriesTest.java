package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.JobSettings;
import dev.copydesk.extract.Extractor;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job file that fails for a reason that is not the file's (a parser child restarting or not
 * starting) is tried again before the job records it; a parse that ran out of time gets one more
 * try; a file's own fault is recorded at once.
 */
class JobRetriesTest {

  @TempDir Path temp;

  /** Which file fails how, per try; every other try parses as text. */
  private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();

  private Extractor failingOnCue(Extractor text) {
    return (file, name) -> {
      int attempt = tries.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
      return switch (name) {
        case "restarting.txt" ->
            attempt == 1
                ? Result.failed(ErrorCode.BUSY, "The parsers are restarting.")
                : text.extract(file, name);
        case "no-parser.txt" ->
            Result.failed(ErrorCode.INTERNAL, "The parser process could not start.");
        case "hostile.txt" ->
            Result.failed(ErrorCode.PARSER_CRASHED, "The parser process stopped.");
        case "slow-once.txt" ->
            attempt == 1
                ? Result.failed(ErrorCode.PARSE_TIMEOUT, "Parsing took longer than allowed.")
                : text.extract(file, name);
        case "hangs.txt" ->
            Result.failed(ErrorCode.PARSE_TIMEOUT, "Parsing took longer than allowed.");
        default -> text.extract(file, name);
      };
    };
  }

  @Test
  void aPassingFailureIsTriedAgainAndOnlyTheFilesOwnFaultOrTheLastTryIsRecorded() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("articles"));
    for (String name :
        new String[] {
          "good.txt", "restarting.txt", "no-parser.txt", "hostile.txt", "slow-once.txt", "hangs.txt"
        }) {
      Files.writeString(
          folder.resolve(name), "Title of " + name + "\n\nBy Ann Writer\n\nSome words.\n");
    }
    CopydeskConfig config =
        CopydeskConfig.defaults()
            .withDataDir(temp.resolve("data").toString())
            .withJobs(new JobSettings(2, 30));
    RecordingPublisher publisher = new RecordingPublisher(temp.resolve("deliveries.log"));
    try (Jobs jobs =
        Jobs.open(config, new Ingestion(TextPipeline.wrapping(this::failingOnCue), publisher))) {
      Result<JobStatus> submitted = Submissions.folder(jobs, folder, false);
      String id = ((Result.Ok<JobStatus>) submitted).value().id();
      JobStatus done = jobs.await(id, Duration.ofSeconds(60)).orElseThrow();

      assertThat(done.state()).isEqualTo(JobState.DONE);
      assertThat(done.delivered())
          .as("the restarting parser's file and the one slow once, on their second try")
          .isEqualTo(3);
      assertThat(jobs.files(id))
          .filteredOn(f -> f.state() == FileState.FAILED)
          .extracting(JobFile::file, JobFile::code)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("no-parser.txt", "INTERNAL"),
              org.assertj.core.groups.Tuple.tuple("hostile.txt", "PARSER_CRASHED"),
              org.assertj.core.groups.Tuple.tuple("hangs.txt", "PARSE_TIMEOUT"));
    }
    assertThat(tries.get("restarting.txt")).hasValue(2);
    assertThat(tries.get("no-parser.txt")).hasValue(JobTask.MAX_TRIES);
    assertThat(tries.get("hostile.txt")).as("the file's own fault: not tried again").hasValue(1);
    assertThat(tries.get("good.txt")).hasValue(1);
    assertThat(tries.get("slow-once.txt")).hasValue(2);
    assertThat(tries.get("hangs.txt"))
        .as("a timeout gets one more try, not three")
        .hasValue(JobTask.MAX_TIMEOUT_TRIES);
  }
}
