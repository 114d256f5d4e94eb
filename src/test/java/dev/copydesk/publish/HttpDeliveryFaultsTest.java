package dev.copydesk.publish;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.copydesk.model.DeliveryStatus;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The http target through the real outbox and relay, against a CMS that fails on cue. */
class HttpDeliveryFaultsTest {

  private static final Duration READ_TIMEOUT = Duration.ofMillis(1_500);

  @TempDir Path dataDir;
  private WireMockServer cms;
  private OutboxPublisher publisher;

  @BeforeEach
  void start() {
    cms = new WireMockServer(options().dynamicPort());
    cms.start();
    warmUp(); // a cold WireMock on a busy machine can take longer than the read timeout
    HttpTarget target =
        new HttpTarget(
            URI.create(cms.baseUrl() + "/import"), "s3cret", Duration.ofSeconds(2), READ_TIMEOUT);
    RelaySettings settings =
        RelaySettings.defaults()
            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(300))
            .withCircuitOpen(Duration.ofMillis(500))
            .withSeed(42);
    publisher = OutboxPublisher.open(dataDir, target, settings);
  }

  @AfterEach
  void stop() {
    publisher.close();
    cms.stop();
  }

  /** {@code failure} first (once or twice), then a 200 with the CMS item. */
  private void failThenAccept(String id, ResponseDefinitionBuilder failure, int failures) {
    String state = Scenario.STARTED;
    for (int i = 0; i < failures; i++) {
      String next = "after-" + (i + 1);
      cms.stubFor(
          put(urlEqualTo("/import/entries/" + id))
              .inScenario(id)
              .whenScenarioStateIs(state)
              .willReturn(failure)
              .willSetStateTo(next));
      state = next;
    }
    cms.stubFor(
        put(urlEqualTo("/import/entries/" + id))
            .inScenario(id)
            .whenScenarioStateIs(state)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"cms-" + id + "\",\"url\":\"https://cms/a/" + id + "\"}")));
  }

  @Test
  void transientFaultsAreRetriedUntilDeliveredAndPermanentOnesAreDeadLettered() {
    failThenAccept("e500", aResponse().withStatus(500), 2);
    failThenAccept("e503", aResponse().withStatus(503), 2);
    failThenAccept("e429", aResponse().withStatus(429).withHeader("Retry-After", "2"), 1);
    failThenAccept("eslow", aResponse().withStatus(200).withFixedDelay(3_000), 1);
    failThenAccept("ereset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 1);
    failThenAccept("eempty", aResponse().withFault(Fault.EMPTY_RESPONSE), 1);
    String invalid =
        "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): title\"}";
    cms.stubFor(
        put(urlEqualTo("/import/entries/e400"))
            .willReturn(aResponse().withStatus(400).withBody(invalid)));

    List<String> ids = List.of("e500", "e503", "e429", "eslow", "ereset", "eempty", "e400");
    ids.forEach(
        id -> assertThat(publisher.submit(Entries.entry(id, id)).state()).isEqualTo("queued"));

    assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
    for (String id : ids.subList(0, 6)) {
      DeliveryStatus status = publisher.status(id).orElseThrow();
      assertThat(status.state()).as(id).isEqualTo("delivered");
      assertThat(status.cmsId()).isEqualTo("cms-" + id);
      assertThat(status.url()).isEqualTo("https://cms/a/" + id);
    }
    assertThat(attempts("e500")).hasSize(3);
    assertThat(attempts("e503")).hasSize(3);
    assertThat(attempts("ereset")).hasSize(2);
    assertThat(attempts("eempty")).hasSize(2);
    assertThat(attempts("eslow")).hasSize(2);
    List<LoggedRequest> busy = attempts("e429");
    assertThat(busy).hasSize(2);
    long gap = busy.get(1).getLoggedDate().getTime() - busy.get(0).getLoggedDate().getTime();
    assertThat(gap).as("Retry-After: 2 honoured").isBetween(2_000L, 4_000L);

    DeliveryStatus dead = publisher.status("e400").orElseThrow();
    assertThat(dead.state()).isEqualTo("dead");
    assertThat(attempts("e400")).as("a 400 is never retried").hasSize(1);
    List<DeadLetters.DeadLetter> letters = publisher.deadLetters().list();
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).entryId()).isEqualTo("e400");
    assertThat(letters.get(0).status()).isEqualTo(400);
    assertThat(letters.get(0).reply()).isEqualTo(invalid);
    assertThat(letters.get(0).title()).isEqualTo("e400");

    for (LoggedRequest request : cms.findAll(putRequestedFor(urlEqualTo("/import/entries/e500")))) {
      assertThat(request.getHeader("Idempotency-Key")).isEqualTo("e500");
      assertThat(request.getHeader("Authorization")).isEqualTo("Bearer s3cret");
      assertThat(request.getBodyAsString()).contains("\"id\":\"e500\"");
    }
  }

  @Test
  void aDeadLetterIsReDrivenOnceTheCauseIsFixed() {
    cms.stubFor(
        put(urlEqualTo("/import/entries/bad"))
            .willReturn(aResponse().withStatus(422).withBody("no")));
    publisher.submit(Entries.entry("bad", "Bad"));
    assertThat(publisher.drain(Duration.ofSeconds(10))).isTrue();
    assertThat(publisher.status("bad").orElseThrow().state()).isEqualTo("dead");
    assertThat(publisher.deadLetters().retry("nope")).isFalse();

    cms.stubFor(
        put(urlEqualTo("/import/entries/bad"))
            .willReturn(aResponse().withStatus(201).withBody("{\"id\":\"7\"}")));
    assertThat(publisher.deadLetters().retryAll()).isEqualTo(1);
    assertThat(publisher.drain(Duration.ofSeconds(10))).isTrue();

    DeliveryStatus status = publisher.status("bad").orElseThrow();
    assertThat(status.state()).isEqualTo("delivered");
    assertThat(status.cmsId()).isEqualTo("7");
    assertThat(publisher.deadLetters().list()).isEmpty();
    assertThat(attempts("bad")).hasSize(2);
  }

  @Test
  void theCircuitOpensWhileTheCmsIsDownAndClosesWhenItReturns() {
    cms.stubFor(put(urlEqualTo("/import/entries/c0")).willReturn(aResponse().withStatus(503)));
    cms.stubFor(
        put(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/import/entries/c.*"))
            .atPriority(10)
            .willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 20; i++) {
      publisher.submit(Entries.entry("c" + i, "C" + i));
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> publisher.circuit().equals("open"));
    int duringOutage = cms.getAllServeEvents().size();
    sleep(Duration.ofMillis(1_500)); // three open periods: only half-open probes get through
    int probes = cms.getAllServeEvents().size() - duringOutage;
    assertThat(probes).as("calls while the circuit is open or half-open").isLessThanOrEqualTo(8);

    cms.resetAll();
    cms.stubFor(
        put(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/import/entries/c.*"))
            .willReturn(aResponse().withStatus(200)));
    assertThat(publisher.drain(Duration.ofSeconds(15))).isTrue();
    assertThat(publisher.circuit()).isEqualTo("closed");
    for (int i = 0; i < 20; i++) {
      assertThat(publisher.status("c" + i).orElseThrow().state()).isEqualTo("delivered");
    }
  }

  private void warmUp() {
    cms.stubFor(put(urlEqualTo("/entries/x")).willReturn(aResponse().withStatus(204)));
    var target =
        new HttpTarget(
            URI.create(cms.baseUrl() + "/"), null, Duration.ofSeconds(5), Duration.ofSeconds(20));
    for (int i = 0; i < 3; i++) {
      target.deliver(Entries.entry("x", "x"));
    }
    cms.resetAll();
  }

  private List<LoggedRequest> attempts(String id) {
    return cms.findAll(putRequestedFor(urlEqualTo("/import/entries/" + id)));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
