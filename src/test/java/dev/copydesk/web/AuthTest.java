package dev.copydesk.web;

import static dev.copydesk.web.UploadLimitsTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.copydesk.jobs.Ingestion;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may call what: bearer token, cross-site refusal, page sessions with CSRF. Nothing parsed. */
class AuthTest {

  @TempDir static Path dataDir;
  private static Ingestion ingestion;
  private static TestServer server;

  @BeforeAll
  static void start() {
    ingestion = mock(Ingestion.class);
    when(ingestion.readiness()).thenReturn(Map.of("parser", true, "target", true));
    server = TestServer.start(ingestion, TestServer.limits(1 << 20, 10, 2), dataDir);
  }

  @AfterAll
  static void stop() {
    server.close();
    verify(ingestion, never()).ingest(any(), any(), anyBoolean());
    verify(ingestion, never()).prepare(any(), any());
  }

  @Test
  void noTokenIs401WithAChallenge() {
    HttpResponse<String> reply = server.send(upload(server.request("api/v1/uploads")));

    assertProblem(reply, 401, "UNAUTHORIZED");
    assertThat(reply.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"copydesk\"");
  }

  @Test
  void wrongTokenIs401() {
    HttpResponse<String> reply =
        server.send(
            upload(server.request("api/v1/uploads").header("Authorization", "Bearer nope")));

    assertProblem(reply, 401, "UNAUTHORIZED");
    assertThat(TestServer.json(reply).get("detail").asText()).doesNotContain(TestServer.TOKEN);
  }

  @Test
  void aCrossSiteBrowserPostIs403EvenWithAGoodToken() {
    HttpResponse<String> reply =
        server.send(
            upload(server.authorized("api/v1/uploads").header("Sec-Fetch-Site", "cross-site")));

    assertProblem(reply, 403, "FORBIDDEN");
  }

  @Test
  void healthIsOpenAndMetricsNeedTheToken() {
    HttpResponse<String> health = server.send(server.request("health").build());
    HttpResponse<String> anonymous = server.send(server.request("metrics").build());

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(health).get("status").asText()).isEqualTo("up");
    assertThat(TestServer.json(health).get("checks").get("store").asText()).isEqualTo("up");
    assertProblem(anonymous, 401, "UNAUTHORIZED");
    // Counted once the refused request has finished on the server, just after its reply.
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              HttpResponse<String> metrics = server.send(server.authorized("metrics").build());
              assertThat(metrics.statusCode()).isEqualTo(200);
              assertThat(metrics.headers().firstValue("Content-Type").orElseThrow())
                  .startsWith("text/plain");
              assertThat(metrics.body())
                  .contains(
                      "copydesk_http_requests_total{endpoint=\"health\",status=\"200\"}",
                      "copydesk_errors_total{code=\"UNAUTHORIZED\"}");
            });
  }

  @Test
  void aPageSessionNeedsItsCsrfTokenToUpload() {
    HttpResponse<String> login =
        server.send(
            server.authorized("api/v1/session").POST(HttpRequest.BodyPublishers.noBody()).build());
    assertThat(login.statusCode()).isEqualTo(201);
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("HttpOnly", "SameSite=Strict", "Path=/copydesk");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    String csrf = TestServer.json(login).get("csrfToken").asText();

    HttpResponse<String> withoutCsrf =
        server.send(upload(server.request("api/v1/uploads").header("Cookie", cookie)));
    HttpResponse<String> wrongCsrf =
        server.send(
            upload(
                server
                    .request("api/v1/uploads")
                    .header("Cookie", cookie)
                    .header("X-CSRF-Token", csrf + "x")));
    HttpResponse<String> session =
        server.send(server.request("api/v1/session").header("Cookie", cookie).build());
    HttpResponse<String> withCsrf =
        server.send(
            upload(
                server
                    .request("api/v1/uploads")
                    .header("Cookie", cookie)
                    .header("X-CSRF-Token", csrf)));

    assertProblem(withoutCsrf, 403, "CSRF_TOKEN_INVALID");
    assertProblem(wrongCsrf, 403, "CSRF_TOKEN_INVALID");
    assertThat(TestServer.json(session).get("csrfToken").asText()).isEqualTo(csrf);
    // Past the guard: the (deliberately file-less) form itself is what is refused.
    assertProblem(withCsrf, 400, "BAD_REQUEST");
  }

  @Test
  void aForgedSessionCookieIs401() {
    HttpResponse<String> reply =
        server.send(
            upload(
                server
                    .request("api/v1/uploads")
                    .header("Cookie", PageSessions.COOKIE + "=9999999999.abc.forged")));

    assertProblem(reply, 401, "UNAUTHORIZED");
  }

  @Test
  void unknownPathsAndMethodsAreProblemsToo() {
    HttpResponse<String> underBase = server.send(server.authorized("api/v1/nothing").build());
    HttpResponse<String> outside = server.send(server.request("/elsewhere").build());
    HttpResponse<String> wrongMethod = server.send(server.authorized("api/v1/uploads").build());

    assertProblem(underBase, 404, "NOT_FOUND");
    assertProblem(outside, 404, "NOT_FOUND");
    assertProblem(wrongMethod, 405, "METHOD_NOT_ALLOWED");
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void thePageIsServedWithAStrictPolicy() {
    HttpResponse<String> page = server.send(server.request("").build());
    HttpResponse<String> script = server.send(server.request("static/app.js").build());
    HttpResponse<String> bare = server.send(server.request("/copydesk").build());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'");
    assertThat(page.body()).contains("<html").doesNotContain("http://", "https://");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(bare.statusCode()).isEqualTo(302);
    assertThat(bare.headers().firstValue("Location").orElseThrow()).endsWith("/copydesk/");
  }

  private static HttpRequest upload(HttpRequest.Builder builder) {
    TestMultipart form = TestMultipart.of("auth");
    return builder
        .header("Content-Type", form.contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(form.field("x", "y").build()))
        .build();
  }
}
