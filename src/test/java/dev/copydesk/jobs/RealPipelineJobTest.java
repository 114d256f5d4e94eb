package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Parse;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.model.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
  private static final ObjectMapper JSON = new ObjectMapper();

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

  @Test
  void aFeedCaptureOfThreeStoriesIsTakenInAsThreeFilesWithAnEntryEach() throws Exception {
    byte[] capture =
        concat(
            Files.readAllBytes(Path.of("seeds", "wire-causeway-repairs.anpa")),
            feedMessage(
                "a0522",
                "Ferry Fares",
                "Ferry fares to rise in April",
                "HARLAN BAY (AP) _ Fares on the Gannet Island ferry will rise by a fifth in April,"
                    + " the county said Thursday, the first increase in nine years."),
            feedMessage(
                "a0530",
                "Pier Lights",
                "New lights for the old pier",
                "HARLAN BAY (AP) _ The old fishing pier will get new lamps before summer, the"
                    + " harbor board decided Thursday after a year of complaints about the dark."));
    Path folder = Files.createDirectories(temp.resolve("feed"));
    Files.write(folder.resolve("day.anpa"), capture);
    Archives zip = Archives.zip().file("wire/day.anpa", capture);

    try (Ingestion ingestion = Ingestion.create(inProcess(), new InMemoryDuplicateIndex());
        Jobs jobs = Jobs.open(inProcess(), ingestion)) {
      for (Result<JobStatus> submitted :
          List.of(
              Submissions.folder(jobs, folder, true),
              Submissions.archive(jobs, new ByteArrayInputStream(zip.bytes()), "feed.zip"))) {
        String id = ((Result.Ok<JobStatus>) submitted).value().id();
        JobStatus done = jobs.await(id, Duration.ofSeconds(60)).orElseThrow();

        String prefix = done.name().equals("feed") ? "" : "wire/";
        assertThat(jobs.files(id))
            .extracting(JobFile::file, JobFile::state)
            .containsExactly(
                tuple(prefix + "day (message 1 of 3).anpa", FileState.DONE),
                tuple(prefix + "day (message 2 of 3).anpa", FileState.DONE),
                tuple(prefix + "day (message 3 of 3).anpa", FileState.DONE));
        StringWriter entries = new StringWriter();
        jobs.entries(id, entries);
        assertThat(entries.toString().lines().map(RealPipelineJobTest::title))
            .containsExactly(
                "Gannet Island causeway to close nightly for six weeks of repairs",
                "Ferry fares to rise in April",
                "New lights for the old pier");
      }
    }
  }

  @Test
  void aNewsMlMessageOfTwoStoriesIsTakenInAsTwoFilesWithAnEntryEach() throws Exception {
    String item =
        """
        <newsItem guid="urn:newsml:hws.example:%s" standard="NewsML-G2">
          <itemMeta><itemClass qcode="ninat:text"/></itemMeta>
          <contentMeta><headline>%s</headline><by>By Mara Quint</by></contentMeta>
          <contentSet><inlineData contenttype="text/plain">%s</inlineData></contentSet>
        </newsItem>
        """;
    String message =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
          <header><sent>2025-04-02T14:05:00Z</sent></header>
          <itemSet>%s%s</itemSet>
        </newsMessage>
        """
            .formatted(
                item.formatted(
                    "fares",
                    "Ferry fares to rise in April",
                    "Fares on the Gannet Island ferry will rise by a fifth in April, the county"
                        + " said Thursday, the first increase in nine years."),
                item.formatted(
                    "pier",
                    "New lights for the old pier",
                    "The old fishing pier will get new lamps before summer, the harbor board"
                        + " decided Thursday after a year of complaints about the dark."));
    Path folder = Files.createDirectories(temp.resolve("wire"));
    Files.writeString(folder.resolve("hws.xml"), message);

    try (Ingestion ingestion = Ingestion.create(inProcess(), new InMemoryDuplicateIndex());
        Jobs jobs = Jobs.open(inProcess(), ingestion)) {
      String id = ((Result.Ok<JobStatus>) Submissions.folder(jobs, folder, true)).value().id();
      jobs.await(id, Duration.ofSeconds(60)).orElseThrow();

      assertThat(jobs.files(id))
          .extracting(JobFile::file, JobFile::state)
          .containsExactly(
              tuple("hws (story 1 of 2).xml", FileState.DONE),
              tuple("hws (story 2 of 2).xml", FileState.DONE));
      StringWriter entries = new StringWriter();
      jobs.entries(id, entries);
      assertThat(entries.toString().lines().map(RealPipelineJobTest::title))
          .containsExactly("Ferry fares to rise in April", "New lights for the old pier");
    }
  }

  private CopydeskConfig inProcess() {
    CopydeskConfig defaults =
        CopydeskConfig.defaults().withDataDir(temp.resolve("data").toString());
    return defaults.withParse(defaults.parse().resolve(Parse.IN_PROCESS));
  }

  /** One ANPA 1312 message: SYN SYN SOH, header, STX, slug and headline lines, text, ETX, EOT. */
  private static byte[] feedMessage(String number, String keyword, String headline, String text) {
    String message =
        "\u0016\u0016\u0001%s  r  u  BC-US--%s 03-92\u001f\r\n\u0002^BC-US--%s,0392<\r\n^%s<\r\n"
                .formatted(number, keyword, keyword, headline)
            + "\t"
            + text
            + "\r\n\t"
            + text.replace("(AP) _ ", "(AP) _ Again: ")
            + "\r\n\tJB-DW\r\n\tAP-WF-03-13-25 1512EDT<\r\n\u0003\r\n\u0004";
    return message.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  private static String title(String entryJson) {
    try {
      return JSON.readTree(entryJson).path("title").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
