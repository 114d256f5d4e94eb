package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.copydesk.config.LimitsBuilder;
import dev.copydesk.jobs.Ingestion;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests Jetty refuses before any servlet context is chosen still get problem+json with a code,
 * not an empty body: a header block over the limit, an ambiguous path, a request line that is not
 * HTTP. Raw sockets, so nothing is cleaned up on the way.
 */
class EarlyErrorsTest {

  @TempDir static Path dataDir;
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(mock(Ingestion.class), LimitsBuilder.defaults().build(), dataDir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aHeaderBlockOverTheLimitIs431ProblemJson() throws Exception {
    String reply =
        exchange(
            "GET /copydesk/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: "
                + "a".repeat(64 * 1024)
                + "\r\n\r\n");

    assertProblem(reply, "431", "BAD_REQUEST");
  }

  @Test
  void anAmbiguousPathIs400ProblemJson() throws Exception {
    String reply =
        exchange(
            "GET /copydesk/api/v1/imports/..%2f..%2fetc HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");

    assertProblem(reply, "400", "BAD_REQUEST");
  }

  @Test
  void aRequestLineThatIsNotHttpIs400ProblemJson() throws Exception {
    String reply = exchange("GARBAGE\u0001 / NOT-HTTP\r\n\r\n");

    assertProblem(reply, "400", "BAD_REQUEST");
  }

  private static void assertProblem(String reply, String status, String code) {
    assertThat(reply).startsWith("HTTP/1.1 " + status + " ");
    assertThat(reply.lines().map(String::toLowerCase))
        .contains("content-type: application/problem+json");
    String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
    assertThat(body)
        .contains("\"code\":\"" + code + "\"")
        .contains("\"status\":" + status)
        .doesNotContain("Exception")
        .doesNotContain("<html");
  }

  private static String exchange(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (java.net.SocketException e) {
        // a server may answer and close before reading all of an oversized header block
      }
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
