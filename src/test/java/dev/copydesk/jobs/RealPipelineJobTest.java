package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Parse;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.model.Result;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job on the real pipeline (Tika in process, normaliser, dedupe) and the real file target: bad
 * files among good ones fail alone with the codes the extractor gives them.
 */
class RealPipelineJobTest {

  private static final Path BAD = Path.of("src/test/resources/fixtures/bad");

  @TempDir Path temp;

  @Test
  void anEncryptedAndACorruptFileAmongGoodOnesEndDoneWithTwoCodedFailures() throws Exception {
    CopydeskConfig defaults =
        CopydeskConfig.defaults().withDataDir(temp.resolve("data").toString());
    CopydeskConfig config = defaults.withParse(defaults.parse().resolve(Parse.IN_PROCESS));
    Archives zip = Archives.zip();
    for (String seed : List.of("council-budget.txt", "library-fire.docx", "school-board.odt")) {
      zip.file("good/" + seed, Files.readAllBytes(Path.of("seeds", seed)));
    }
    zip.file("bad/encrypted.pdf", Files.readAllBytes(BAD.resolve("encrypted.pdf")));
    zip.file("bad/truncated.docx", Files.readAllBytes(BAD.resolve("truncated.docx")));

    try (Ingestion ingestion = Ingestion.create(config, new InMemoryDuplicateIndex());
        Jobs jobs = Jobs.open(config, ingestion)) {
      Result<JobStatus> submitted =
          Submissions.archive(jobs, new ByteArrayInputStream(zip.bytes()), "mixed.zip");
      assertThat(submitted).isInstanceOf(Result.Ok.class);
      String id = ((Result.Ok<JobStatus>) submitted).value().id();

      JobStatus done = jobs.await(id, Duration.ofSeconds(60)).orElseThrow();
      assertThat(done.state()).isEqualTo(JobState.DONE);
      assertThat(done.total()).isEqualTo(5);
      assertThat(done.processed()).isEqualTo(5);
      assertThat(done.accepted()).isEqualTo(3);
      assertThat(done.failed()).isEqualTo(2);

      Map<String, String> codes =
          jobs.files(id).stream()
              .filter(f -> f.state() == FileState.FAILED)
              .collect(Collectors.toMap(JobFile::file, JobFile::code));
      assertThat(codes)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of("bad/encrypted.pdf", "ENCRYPTED", "bad/truncated.docx", "CORRUPT_FILE"));
      assertThat(jobs.files(id))
          .filteredOn(f -> f.state() == FileState.DONE)
          .allSatisfy(f -> assertThat(f.words()).isGreaterThan(50));

      assertThat(ingestion.publisher().drain(Duration.ofSeconds(30))).isTrue();
      assertThat(jobs.status(id).orElseThrow().delivered()).isEqualTo(3);
      StringWriter csv = new StringWriter();
      jobs.report(id, ReportFormat.CSV, csv);
      assertThat(csv.toString().lines().filter(l -> l.contains(",failed,ENCRYPTED,"))).hasSize(1);
      assertThat(csv.toString().lines().filter(l -> l.contains(",failed,CORRUPT_FILE,")))
          .hasSize(1);
      StringWriter entries = new StringWriter();
      jobs.entries(id, entries);
      assertThat(entries.toString().lines())
          .as("entry JSON v1, byte for byte as the store has it")
          .containsExactlyInAnyOrderElementsOf(
              Files.readAllLines(temp.resolve("data/entries.ndjson")));
    }
    assertThat(Files.readAllLines(temp.resolve("data/entries.ndjson"))).hasSize(3);
  }
}
