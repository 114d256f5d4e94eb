package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.model.Entry;
import dev.copydesk.pipeline.Pipeline;
import dev.copydesk.publish.OutboxPublisher;
import dev.copydesk.publish.RelaySettings;
import dev.copydesk.publish.StoredEntry;
import dev.copydesk.publish.Target;
import dev.copydesk.publish.TargetReply;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.invocation.InvocationOnMock;

/**
 * Delivery control over HTTP: a real upload, a real outbox and relay, and a CMS (the one mock, a
 * {@link Target} failing on cue) that refuses one entry for good and reports an editor's change on
 * another the first time each is delivered, and accepts both afterwards.
 */
class DeliveriesApiTest {

  private static final long MIB = 1024 * 1024;

  @TempDir static Path dataDir;
  private static TestServer server;
  private static Ingestion ingestion;
  private static final Map<String, AtomicInteger> DELIVERIES = new ConcurrentHashMap<>();

  @BeforeAll
  static void start() {
    CopydeskConfig config = TestServer.config(TestServer.limits(10 * MIB, 100, 2), dataDir);
    Target cms = mock(Target.class);
    when(cms.name()).thenReturn("http");
    when(cms.deliver(any(StoredEntry.class), any())).thenAnswer(DeliveriesApiTest::reply);
    RelaySettings fast =
        RelaySettings.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
    ingestion =
        new Ingestion(
            Pipeline.create(config, new InMemoryDuplicateIndex()),
            OutboxPublisher.open(dataDir.resolve("outbox"), cms, fast));
    server = TestServer.start(ingestion, config);
  }

  @AfterAll
  static void stop() {
    server.close();
    ingestion.close();
  }

  /** First delivery of each file: water-main is refused (400), farmers-market is in conflict. */
  private static TargetReply reply(InvocationOnMock call) {
    Entry entry = call.<StoredEntry>getArgument(0).entry();
    String name = entry.source().fileName();
    int attempt = DELIVERIES.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    if (attempt == 1 && name.startsWith("water-main")) {
      return new TargetReply.Permanent(
          400, "{\"code\":\"rest_invalid_param\",\"param\":\"categories\"}");
    }
    if (attempt == 1 && name.startsWith("farmers-market")) {
      return new TargetReply.Conflict("8", "edited in the CMS after the last delivery");
    }
    return new TargetReply.Delivered(
        String.valueOf(name.length()), "https://cms.example/" + name, "v" + attempt);
  }

  @Test
  void aRefusedEntryIsADeadLetterUntilItIsRetriedOverHttp() {
    String id = upload("water-main.rtf");
    JsonNode dead = awaitState(id, "dead");
    assertThat(dead.at("/detail").asText()).contains("400");

    JsonNode listed = TestServer.json(get("api/v1/deadletters"));
    assertThat(listed.at("/deadLetters").findValuesAsText("entryId")).contains(id);

    HttpResponse<String> retried = post("api/v1/deadletters/" + id + "/retry", "");
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
    JsonNode delivered = awaitState(id, "delivered");
    assertThat(delivered.at("/url").asText()).isEqualTo("https://cms.example/water-main.rtf");
    assertThat(
            TestServer.json(get("api/v1/deadletters"))
                .at("/deadLetters")
                .findValuesAsText("entryId"))
        .doesNotContain(id);
    assertProblem(post("api/v1/deadletters/" + id + "/retry", ""), 404, "NOT_FOUND");
  }

  @Test
  void aHeldUpdateIsListedAndResolvedByOverwriteOverHttp() {
    String id = upload("farmers-market.txt");
    awaitState(id, "conflict");
    assertThat(
            TestServer.json(get("api/v1/conflicts")).at("/conflicts").findValuesAsText("entryId"))
        .contains(id);

    assertProblem(
        post("api/v1/conflicts/" + id + "/resolve", "{\"resolution\":\"merge\"}"),
        400,
        "BAD_REQUEST");
    assertProblem(post("api/v1/conflicts/" + id + "/resolve", "not json"), 400, "BAD_REQUEST");
    HttpResponse<String> resolved =
        post("api/v1/conflicts/" + id + "/resolve", "{\"resolution\":\"overwrite\"}");

    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
    awaitState(id, "delivered");
    assertThat(DELIVERIES.get("farmers-market.txt").get()).isEqualTo(2);
  }

  @Test
  void unknownEntriesAreNotFoundAndEveryEndpointNeedsTheToken() {
    assertProblem(get("api/v1/entries/0123456789abcdef/delivery"), 404, "NOT_FOUND");
    assertProblem(
        post("api/v1/conflicts/0123456789abcdef/resolve", "{\"resolution\":\"skip\"}"),
        404,
        "NOT_FOUND");
    assertProblem(get("api/v1/deadletters/nonsense"), 404, "NOT_FOUND");
    for (String path :
        new String[] {"api/v1/deadletters", "api/v1/conflicts", "api/v1/entries/0a/delivery"}) {
      HttpResponse<String> anonymous = server.send(server.request(path).GET().build());
      assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
    }
    HttpResponse<String> all = post("api/v1/deadletters/retry", "");
    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(all).has("requeued")).isTrue();
  }

  private static String upload(String seed) {
    HttpResponse<String> reply =
        server.send(
            server
                .authorized("api/v1/uploads")
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=\"" + seed + "\"")
                .POST(bodyOf(Path.of("seeds", seed)))
                .build());
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    return TestServer.json(reply).at("/entry/id").asText();
  }

  private static HttpRequest.BodyPublisher bodyOf(Path file) {
    try {
      return HttpRequest.BodyPublishers.ofFile(file);
    } catch (java.io.FileNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode awaitState(String id, String state) {
    JsonNode[] last = new JsonNode[1];
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> {
              HttpResponse<String> reply = get("api/v1/entries/" + id + "/delivery");
              assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
              last[0] = TestServer.json(reply);
              assertThat(last[0].at("/state").asText()).isEqualTo(state);
            });
    return last[0];
  }

  private static HttpResponse<String> get(String path) {
    return server.send(server.authorized(path).GET().build());
  }

  private static HttpResponse<String> post(String path, String json) {
    return server.send(
        server
            .authorized(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static void assertProblem(HttpResponse<String> reply, int status, String code) {
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
    assertThat(reply.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(TestServer.json(reply).at("/code").asText()).isEqualTo(code);
  }
}
