package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Parse;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.extract.Extractor;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import dev.copydesk.pipeline.Pipeline;
import dev.copydesk.publish.Publisher;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /health} reports the parser, the target and the directories, and 503 names the part.
 */
class HealthTest {

  @TempDir Path dataDir;

  /** An extractor whose readiness the test sets (it is never asked to parse here). */
  private static final class SwitchedExtractor implements Extractor {
    final AtomicBoolean ready = new AtomicBoolean(true);

    @Override
    public Result<Extracted> extract(Path file, String fileName) {
      return Result.failed(ErrorCode.NOT_READY, "not used");
    }

    @Override
    public boolean ready() {
      return ready.get();
    }
  }

  @Test
  void eachPartIsReportedAnd503SaysWhichIsDown() {
    SwitchedExtractor extractor = new SwitchedExtractor();
    AtomicBoolean targetUp = new AtomicBoolean(true);
    Publisher publisher = mock(Publisher.class); // only to make the target look down on cue
    when(publisher.targetUp()).thenAnswer(call -> targetUp.get());
    Pipeline pipeline =
        new Pipeline(extractor, extracted -> null, entry -> entry, new InMemoryDuplicateIndex());
    Ingestion ingestion = new Ingestion(pipeline, publisher);

    try (TestServer server =
        TestServer.start(ingestion, TestServer.limits(1 << 20, 10, 2), dataDir)) {
      assertHealth(server, 200, "up", "up", "up");

      extractor.ready.set(false);
      assertHealth(server, 503, "down", "down", "up");

      extractor.ready.set(true);
      targetUp.set(false);
      assertHealth(server, 503, "down", "up", "down");

      targetUp.set(true);
      assertHealth(server, 200, "up", "up", "up");
    }
  }

  @Test
  void forkedParsersReportReadyOnceWarmAndTheFileTargetIsUp() {
    CopydeskConfig base = TestServer.config(TestServer.limits(1 << 20, 10, 2), dataDir);
    CopydeskConfig config = base.withParse(new Parse(Parse.FORKED, 1, 256));
    EmbeddedServer embedded = EmbeddedServer.start(config);
    AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
    try (TestServer server = TestServer.wrap(embedded)) {
      Awaitility.await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(250))
          .until(
              () -> server.send(server.request("health").build()),
              reply -> {
                last.set(reply);
                return reply.statusCode() == 200;
              });

      JsonNode checks = TestServer.json(last.get()).get("checks");
      assertThat(checks.get("parser").asText()).isEqualTo("up");
      assertThat(checks.get("target").asText()).isEqualTo("up");
      assertThat(checks.get("store").asText()).isEqualTo("up");
    }
  }

  private static void assertHealth(
      TestServer server, int status, String overall, String parser, String target) {
    HttpResponse<String> reply = server.send(server.request("health").build());
    JsonNode body = TestServer.json(reply);

    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
    assertThat(body.get("status").asText()).isEqualTo(overall);
    assertThat(body.get("checks").get("parser").asText()).isEqualTo(parser);
    assertThat(body.get("checks").get("target").asText()).isEqualTo(target);
    assertThat(body.get("checks").get("store").asText()).isEqualTo("up");
    assertThat(body.get("checks").get("uploads").asText()).isEqualTo("up");
  }
}
