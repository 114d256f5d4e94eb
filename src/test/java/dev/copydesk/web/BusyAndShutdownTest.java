package dev.copydesk.web;

import static dev.copydesk.web.UploadLimitsTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Server;
import dev.copydesk.jobs.IngestResult;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import dev.copydesk.pipeline.Outcome;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parse slots and shutdown, with an ingestion that blocks on cue (Mockito) so the timing is exact.
 */
class BusyAndShutdownTest {

  @TempDir Path dataDir;
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  private Ingestion blockingIngestion() {
    Ingestion ingestion = mock(Ingestion.class);
    when(ingestion.ingest(any(Path.class), anyString(), anyBoolean()))
        .thenAnswer(
            call -> {
              started.countDown();
              release.await(20, TimeUnit.SECONDS);
              return new IngestResult(
                  new Outcome.Rejected(
                      call.getArgument(1), IngestError.of(ErrorCode.NO_TEXT, "No text found")),
                  null);
            });
    return ingestion;
  }

  @Test
  void aSecondUploadWhileTheOnlySlotIsBusyIs429WithRetryAfter() throws Exception {
    try (TestServer server =
        TestServer.start(blockingIngestion(), TestServer.limits(1 << 20, 10, 1), dataDir)) {
      CompletableFuture<HttpResponse<String>> first =
          CompletableFuture.supplyAsync(() -> upload(server));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

      HttpResponse<String> second = upload(server);
      release.countDown();

      assertProblem(second, 429, "BUSY");
      assertThat(second.headers().firstValue("Retry-After")).hasValue("2");
      assertProblem(first.get(20, TimeUnit.SECONDS), 422, "NO_TEXT");
      // The slot is free again.
      assertProblem(upload(server), 422, "NO_TEXT");
    }
  }

  @Test
  void stoppingLetsTheUploadInFlightFinish() throws Exception {
    TestServer server =
        TestServer.start(blockingIngestion(), TestServer.limits(1 << 20, 10, 2), dataDir);
    CompletableFuture<HttpResponse<String>> inFlight =
        CompletableFuture.supplyAsync(() -> upload(server));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
    Thread.sleep(300);
    String newcomer = newUploadWhileStopping(server);
    release.countDown();

    assertProblem(inFlight.get(20, TimeUnit.SECONDS), 422, "NO_TEXT");
    stopping.get(20, TimeUnit.SECONDS);
    // The connector is closed for new connections; an open one would get a 503 problem.
    assertThat(newcomer).isIn("refused", "503");
  }

  @Test
  void refusesToStartWithoutATokenUnlessInsecureLocal() {
    CopydeskConfig noToken = withServer(new Server("127.0.0.1", 0, "/copydesk", null, false));

    assertThatThrownBy(() -> EmbeddedServer.start(noToken, mock(Ingestion.class), null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("COPYDESK_TOKEN");
  }

  @Test
  void refusesToStartWithAShortTokenAndDoesNotPrintIt() {
    String shortToken = "abc123-short";
    CopydeskConfig weak = withServer(new Server("127.0.0.1", 0, "/copydesk", shortToken, false));

    assertThatThrownBy(() -> EmbeddedServer.start(weak, mock(Ingestion.class), null))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "server.token (or COPYDESK_TOKEN) is 12 characters long; a server needs at least 16,"
                + " random (e.g. the output of: openssl rand -hex 24)")
        .hasMessageNotContaining(shortToken);
  }

  @Test
  void aPortInUseIsSaidSoWithWhatToDo() throws Exception {
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CopydeskConfig clash =
          withServer(new Server("127.0.0.1", taken.getLocalPort(), "/copydesk", null, true));

      assertThatThrownBy(() -> EmbeddedServer.start(clash, mock(Ingestion.class), null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "Cannot start the server on 127.0.0.1:" + taken.getLocalPort() + ": ")
          .hasMessageContaining("in use")
          .hasMessageContaining("choose another port with --port, server.port or COPYDESK_PORT");
    }
  }

  @Test
  void insecureLocalBindsLoopbackWhateverHostWasAsked() {
    CopydeskConfig local = withServer(new Server("0.0.0.0", 0, "/copydesk", null, true));

    try (EmbeddedServer server = EmbeddedServer.start(local, mock(Ingestion.class), null)) {
      assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    }
  }

  private static String newUploadWhileStopping(TestServer server) {
    try {
      return Integer.toString(upload(server).statusCode());
    } catch (java.io.UncheckedIOException e) {
      assertThat(e.getCause()).isInstanceOf(java.net.ConnectException.class);
      return "refused";
    }
  }

  private CopydeskConfig withServer(Server settings) {
    CopydeskConfig base = TestServer.config(TestServer.limits(1 << 20, 10, 1), dataDir);
    return base.withServer(settings);
  }

  private static HttpResponse<String> upload(TestServer server) {
    TestMultipart form = TestMultipart.of("busy");
    return server.upload(
        form, form.file("file", "a.txt", "Some text".getBytes(StandardCharsets.UTF_8)).build());
  }
}
