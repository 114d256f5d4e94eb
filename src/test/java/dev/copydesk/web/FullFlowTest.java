package dev.copydesk.web;

import static dev.copydesk.web.UploadLimitsTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.publish.Publisher;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files through the real pipeline and delivery, over real HTTP. */
class FullFlowTest {

  private static final long MIB = 1024 * 1024;

  @TempDir static Path dataDir;
  private static TestServer server;
  private static Ingestion ingestion;
  private static Publisher publisher;

  @BeforeAll
  static void start() {
    CopydeskConfig config = TestServer.config(TestServer.limits(10 * MIB, 100, 2), dataDir);
    ingestion = Ingestion.create(config, new InMemoryDuplicateIndex());
    publisher = ingestion.publisher();
    server = TestServer.start(ingestion, config);
  }

  @AfterAll
  static void stop() {
    server.close();
    ingestion.close();
  }

  @Test
  void aDocxUploadGives201WithTheEntryAndItsDelivery() throws IOException {
    HttpResponse<String> reply = uploadFile(Path.of("seeds", "library-fire.docx"), null, false);

    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    JsonNode json = TestServer.json(reply);
    assertThat(json.at("/entry/title").asText()).contains("library fire");
    assertThat(json.at("/entry/authors/0").asText()).isEqualTo("Priya Raman");
    assertThat(json.at("/entry/source/fileName").asText()).isEqualTo("library-fire.docx");
    assertThat(json.at("/delivery/state").asText()).isIn("queued", "delivered");
    assertThat(json.at("/delivery/entryId").asText()).isEqualTo(json.at("/entry/id").asText());
  }

  @Test
  void aRawBodyUploadAndADryRun() throws IOException {
    Path seed = Path.of("seeds", "council-budget.txt");
    HttpResponse<String> raw =
        server.send(
            server
                .authorized("api/v1/uploads?dryRun=true")
                .header("Content-Type", "text/plain")
                .header("Content-Disposition", "attachment; filename=\"council-budget.txt\"")
                .POST(HttpRequest.BodyPublishers.ofFile(seed))
                .build());

    assertThat(raw.statusCode()).as(raw.body()).isEqualTo(201);
    assertThat(TestServer.json(raw).at("/delivery/state").asText()).isEqualTo("skipped");
    assertThat(TestServer.json(raw).at("/entry/wordCount").asInt()).isPositive();
  }

  @Test
  void aDryRunIsNotRememberedSoTheRealUploadAfterItIsNoDuplicate() throws IOException {
    Path seed = Path.of("seeds", "bridge-closure.html");
    // One more byte makes another entry: a duplicate (or revision) of the first, had it been seen.
    Path copy =
        Files.writeString(
            dataDir.resolve("bridge-closure-copy.html"), Files.readString(seed) + "\n");
    HttpResponse<String> preview = uploadFile(seed, null, true);
    HttpResponse<String> real = uploadFile(copy, null, false);

    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(201);
    assertThat(real.statusCode()).as(real.body()).isEqualTo(201);
    assertThat(TestServer.json(real).at("/entry/id").asText())
        .isNotEqualTo(TestServer.json(preview).at("/entry/id").asText());
    assertThat(TestServer.json(real).at("/entry/flags").findValuesAsText("code"))
        .doesNotContain("CROSS_DOCUMENT_DUPLICATE", "SHARED_PASSAGE", "REVISION_OF");
  }

  @Test
  void theSameIdempotencyKeyAndFileReplaysTheFirstReplyWithoutDeliveringAgain() throws IOException {
    Path seed = Path.of("seeds", "water-main.rtf");
    HttpResponse<String> first = uploadFile(seed, "key-water-main", false);
    String entryId = TestServer.json(first).at("/entry/id").asText();
    assertThat(publisher.drain(Duration.ofSeconds(20))).isTrue();
    int attemptsAfterFirst = deliveryAttempts(entryId);

    HttpResponse<String> second = uploadFile(seed, "key-water-main", false);
    assertThat(publisher.drain(Duration.ofSeconds(20))).isTrue();
    HttpResponse<String> otherFile =
        uploadFile(Path.of("seeds", "farmers-market.txt"), "key-water-main", false);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(201);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(attemptsAfterFirst).isEqualTo(1);
    assertThat(deliveryAttempts(entryId)).isEqualTo(1);
    assertProblem(otherFile, 422, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void badFilesGetTheirCodesAndAGoodUploadStillSucceedsAfterwards() throws IOException {
    byte[] random = new byte[64 * 1024];
    new Random(7).nextBytes(random);
    Path noise = Files.write(dataDir.resolve("noise.docx"), random);
    Path binary = Files.write(dataDir.resolve("program.exe"), random);
    Path encrypted = Path.of("src/test/resources/fixtures/web/encrypted.pdf");

    assertProblem(uploadFile(encrypted, null, true), 415, "ENCRYPTED");
    assertProblem(uploadFile(binary, null, true), 415, "UNSUPPORTED_TYPE");
    // The content decides, not the name: random bytes are refused before any parser sees them.
    assertProblem(uploadFile(noise, null, true), 415, "UNSUPPORTED_TYPE");

    HttpResponse<String> good = uploadFile(Path.of("seeds", "school-board.odt"), null, false);
    assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
  }

  @Test
  void theMetricsCountParsesFlagsAndDeliveries() throws IOException {
    uploadFile(Path.of("seeds", "hospital-merger.doc"), null, false);

    String metrics = server.send(server.authorized("metrics").build()).body();

    assertThat(metrics)
        .contains(
            "copydesk_parse_seconds_count", "copydesk_flags_total{code=\"DUPLICATE_SECTION\"}")
        .contains("copydesk_deliveries_total{state=");
  }

  private static int deliveryAttempts(String entryId) {
    return publisher.status(entryId).map(s -> s.attempts() == null ? 0 : s.attempts()).orElse(-1);
  }

  private static HttpResponse<String> uploadFile(Path file, String key, boolean dryRun)
      throws IOException {
    TestMultipart form = TestMultipart.of("flow");
    byte[] body =
        form.file("file", file.getFileName().toString(), Files.readAllBytes(file)).build();
    HttpRequest.Builder request =
        server
            .authorized("api/v1/uploads" + (dryRun ? "?dryRun=true" : ""))
            .header("Content-Type", form.contentType());
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return server.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }
}
