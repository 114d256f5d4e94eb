package dev.copydesk.web;

import static dev.copydesk.web.UploadLimitsTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.jobs.Ingestion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code api/v1/imports} over real HTTP, with real Tika on the seed articles and real delivery. */
class ImportsTest {

  private static final long MIB = 1024 * 1024;
  private static final List<String> SEEDS =
      List.of("council-budget.txt", "library-fire.docx", "water-main.rtf", "school-board.html");

  @TempDir static Path root;
  private static TestServer server;
  private static Ingestion ingestion;

  @BeforeAll
  static void start() {
    CopydeskConfig config =
        TestServer.config(TestServer.limits(10 * MIB, 100, 2), root.resolve("data"));
    ingestion = Ingestion.create(config, new InMemoryDuplicateIndex());
    server = TestServer.start(ingestion, config);
  }

  @AfterAll
  static void stop() {
    server.close();
    ingestion.close();
  }

  @Test
  void aZipOfSeedsIsAcceptedThenRunsToDoneWithEntriesAndAReport() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String seed : SEEDS) {
      files.put("articles/" + seed, Files.readAllBytes(Path.of("seeds", seed)));
    }
    HttpResponse<String> accepted = postZip(zip(files));

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonNode status = TestServer.json(accepted);
    String id = status.get("id").asText();
    assertThat(accepted.headers().firstValue("Location"))
        .hasValue("/copydesk/api/v1/imports/" + id);
    assertThat(status.get("state").asText()).isIn("queued", "running", "done");
    assertThat(status.get("total").asInt()).isEqualTo(4);

    JsonNode done = awaitDone(id);
    assertThat(done.get("processed").asInt()).isEqualTo(4);
    assertThat(done.get("accepted").asInt()).isEqualTo(4);
    assertThat(done.get("failed").asInt()).isZero();
    assertThat(done.has("filesPerSecond")).isTrue();

    HttpResponse<String> entries = get("api/v1/imports/" + id + "/entries", "*/*");
    assertThat(entries.statusCode()).isEqualTo(200);
    assertThat(entries.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/x-ndjson");
    List<String> lines = entries.body().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.stream().map(ImportsTest::json).map(e -> e.at("/source/fileName").asText()))
        .containsExactlyInAnyOrderElementsOf(SEEDS);
    assertThat(lines.stream().map(ImportsTest::json))
        .allSatisfy(e -> assertThat(e.get("wordCount").asInt()).isGreaterThan(50));

    JsonNode report = TestServer.json(get("api/v1/imports/" + id + "/report", "application/json"));
    assertThat(report.at("/job/id").asText()).isEqualTo(id);
    assertThat(report.get("files")).hasSize(4);
    report.get("files").forEach(row -> assertThat(row.get("state").asText()).isEqualTo("done"));

    HttpResponse<String> csv = get("api/v1/imports/" + id + "/report", "text/csv");
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    List<String> rows = csv.body().lines().toList();
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0))
        .isEqualTo("seq,file,state,code,detail,entryId,title,words,flags,delivery,bytes,sha256");
    assertThat(rows.subList(1, 5)).allSatisfy(row -> assertThat(row).contains(",done,"));

    JsonNode list = TestServer.json(get("api/v1/imports", "application/json"));
    assertThat(list.get("jobs").findValuesAsText("id")).contains(id);
  }

  @Test
  void encryptedAndTruncatedFilesAmongGoodOnesFailAloneWithTheirCodes() throws IOException {
    Path bad = Path.of("src/test/resources/fixtures/bad");
    TestMultipart form = TestMultipart.of("imports-boundary-7");
    for (String seed : SEEDS.subList(0, 2)) {
      form.file("files", seed, Files.readAllBytes(Path.of("seeds", seed)));
    }
    form.file("files", "encrypted.pdf", Files.readAllBytes(bad.resolve("encrypted.pdf")));
    form.file("files", "truncated.docx", Files.readAllBytes(bad.resolve("truncated.docx")));
    form.field("note", "a plain field is ignored");
    HttpResponse<String> accepted =
        server.send(
            server
                .authorized("api/v1/imports")
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.build()))
                .build());

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String id = TestServer.json(accepted).get("id").asText();
    assertThat(TestServer.json(accepted).get("name").asText())
        .isEqualTo(SEEDS.get(0) + " and 3 more");
    JsonNode done = awaitDone(id);
    assertThat(done.get("total").asInt()).isEqualTo(4);
    assertThat(done.get("failed").asInt()).isEqualTo(2);
    assertThat(done.get("accepted").asInt()).isEqualTo(2);

    JsonNode files = TestServer.json(get("api/v1/imports/" + id + "/report", null)).get("files");
    Map<String, String> codes = new HashMap<>();
    files.forEach(f -> codes.put(f.get("file").asText(), f.path("code").asText("")));
    assertThat(codes)
        .containsEntry("encrypted.pdf", "ENCRYPTED")
        .containsEntry("truncated.docx", "CORRUPT_FILE")
        .containsEntry("council-budget.txt", "")
        .containsEntry("library-fire.docx", "");
    assertThat(get("api/v1/imports/" + id + "/entries", null).body().lines()).hasSize(2);
  }

  @Test
  void aClimbingEntryIsRefusedAndNothingIsWrittenOutsideTheJob() throws IOException {
    byte[] article = Files.readAllBytes(Path.of("seeds", "council-budget.txt"));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("../../evil.txt", "evil".getBytes(StandardCharsets.UTF_8));
    files.put("../../../../../../evil-deep.txt", "evil".getBytes(StandardCharsets.UTF_8));
    files.put("good.txt", article);
    HttpResponse<String> accepted = postZip(zip(files));

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    String id = TestServer.json(accepted).get("id").asText();
    JsonNode done = awaitDone(id);
    assertThat(done.get("failed").asInt()).isEqualTo(2);
    JsonNode rows = TestServer.json(get("api/v1/imports/" + id + "/report", null)).get("files");
    assertThat(rows.findValuesAsText("code")).containsExactly("UNSAFE_PATH", "UNSAFE_PATH");
    try (Stream<Path> all = Files.walk(root)) {
      assertThat(all.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith("evil"));
    }
    assertThat(Files.exists(Path.of("evil.txt")) || Files.exists(root.resolve("../evil.txt")))
        .isFalse();
  }

  @Test
  void wholeSubmissionFailuresAreProblemsAndCreateNoJob() throws IOException {
    int before = TestServer.json(get("api/v1/imports", null)).get("jobs").size();
    HttpResponse<String> notZip =
        server.send(
            server
                .authorized("api/v1/imports")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofString("this is not a zip at all"))
                .build());
    assertProblem(notZip, 422, "CORRUPT_FILE");

    HttpResponse<String> unnamed =
        server.send(
            server
                .authorized("api/v1/imports")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("bytes"))
                .build());
    assertProblem(unnamed, 400, "BAD_REQUEST");
    assertThat(TestServer.json(get("api/v1/imports", null)).get("jobs")).hasSize(before);
    assertProblem(get("api/v1/imports/00ff00ff00ff00ff", null), 404, "NOT_FOUND");
    assertProblem(get("api/v1/imports/00ff00ff00ff00ff/report", "text/csv"), 404, "NOT_FOUND");
    assertProblem(get("api/v1/imports/not-an-id", null), 404, "NOT_FOUND");
  }

  @Test
  void withoutATokenEveryImportCallIs401() {
    HttpResponse<String> post =
        server.send(
            server
                .request("api/v1/imports")
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip(Map.of("a.txt", new byte[] {1}))))
                .build());
    assertProblem(post, 401, "UNAUTHORIZED");
    assertProblem(server.send(server.request("api/v1/imports").GET().build()), 401, "UNAUTHORIZED");
    assertProblem(
        server.send(
            server
                .request("api/v1/imports/00ff/cancel")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build()),
        401,
        "UNAUTHORIZED");
  }

  @Test
  void cancellingAnEndedJobLeavesItDoneAndAnUnknownOneIs404() throws IOException {
    byte[] article = Files.readAllBytes(Path.of("seeds", "farmers-market.txt"));
    String id =
        TestServer.json(postZip(zip(Map.of("farmers-market.txt", article)))).get("id").asText();
    awaitDone(id);
    HttpResponse<String> cancel =
        server.send(
            server
                .authorized("api/v1/imports/" + id + "/cancel")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(cancel.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(cancel).get("state").asText()).isEqualTo("done");
    assertProblem(
        server.send(
            server
                .authorized("api/v1/imports/0123456789abcdef/cancel")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build()),
        404,
        "NOT_FOUND");
  }

  private static HttpResponse<String> postZip(byte[] zip) {
    return server.send(
        server
            .authorized("api/v1/imports")
            .header("Content-Type", "application/zip")
            .header("Content-Disposition", "attachment; filename=\"articles.zip\"")
            .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
            .build());
  }

  private static HttpResponse<String> get(String path, String accept) {
    HttpRequest.Builder request = server.authorized(path).GET();
    if (accept != null) {
      request.header("Accept", accept);
    }
    return server.send(request.build());
  }

  private static JsonNode awaitDone(String id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode status = TestServer.json(get("api/v1/imports/" + id, null));
    while (!status.get("state").asText().equals("done") && System.nanoTime() < deadline) {
      assertThat(status.get("state").asText()).isIn("queued", "running");
      sleep();
      status = TestServer.json(get("api/v1/imports/" + id, null));
    }
    assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("done");
    return status;
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode json(String line) {
    try {
      return TestServer.JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
