package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.jobs.Ingestion;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oversized and malformed uploads against a real server with a 10 MiB limit and 100 parts: each is
 * refused with its code within a second, reading stops, and nothing reaches the pipeline.
 */
class UploadLimitsTest {

  private static final long MIB = 1024 * 1024;
  private static final long LIMIT = 10 * MIB;

  @TempDir static Path dataDir;
  private static Ingestion ingestion;
  private static TestServer server;

  @BeforeAll
  static void start() {
    ingestion = mock(Ingestion.class);
    server = TestServer.start(ingestion, TestServer.limits(LIMIT, 100, 2), dataDir);
    // One refused upload first, so the timings below measure a running server, not class loading.
    server.send(
        rawUpload(HttpRequest.BodyPublishers.ofInputStream(() -> new CountingBody(11 * MIB))));
  }

  @AfterAll
  static void stop() {
    server.close();
    verifyNoInteractions(ingestion);
  }

  @Test
  void elevenMibWithTenMibLimitIsRefusedFromContentLengthWithinASecond() {
    Timed<HttpResponse<String>> reply =
        Timed.of(
            () ->
                server.send(
                    rawUpload(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) (11 * MIB)]))));

    assertProblem(reply.value(), 413, "TOO_LARGE");
    assertThat(reply.millis()).isLessThan(1000);
  }

  @Test
  void elevenMibStreamedWithoutLengthIsCutOffWhileStreaming() {
    CountingBody body = new CountingBody(11 * MIB);
    Timed<HttpResponse<String>> reply =
        Timed.of(
            () -> server.send(rawUpload(HttpRequest.BodyPublishers.ofInputStream(() -> body))));

    assertProblem(reply.value(), 413, "TOO_LARGE");
    assertThat(reply.millis()).isLessThan(1000);
  }

  @Test
  void fiftyFourMibMultipartStreamIsRefusedWithoutReadingItAll() {
    CountingBody body = new CountingBody(54 * MIB);
    Timed<HttpResponse<String>> reply =
        Timed.of(
            () ->
                server.send(
                    server
                        .authorized("api/v1/uploads")
                        .header("Content-Type", "multipart/form-data; boundary=xyz")
                        .POST(
                            HttpRequest.BodyPublishers.ofInputStream(() -> body.asMultipart("xyz")))
                        .build()));

    assertProblem(reply.value(), 413, "TOO_LARGE");
    assertThat(reply.millis()).isLessThan(1000);
    // Loopback socket buffers hold a few MiB; the server stopped reading near the limit.
    assertThat(body.pulled()).isLessThan(LIMIT + 16 * MIB);
  }

  @Test
  void twoThousandPartsAreRefusedWithinASecond() {
    TestMultipart form = TestMultipart.of("parts");
    for (int i = 0; i < 2000; i++) {
      form.field("f" + i, "x");
    }
    byte[] body = form.file("file", "a.txt", "text".getBytes(StandardCharsets.UTF_8)).build();

    Timed<HttpResponse<String>> reply = Timed.of(() -> server.upload(form, body));

    assertProblem(reply.value(), 413, "TOO_MANY_PARTS");
    assertThat(reply.millis()).isLessThan(1000);
  }

  @Test
  void anEmptyBodyIsABadRequest() {
    HttpResponse<String> reply = server.send(rawUpload(HttpRequest.BodyPublishers.noBody()));

    assertProblem(reply, 400, "BAD_REQUEST");
  }

  @Test
  void aMultipartWithoutTheFilePartIsABadRequest() {
    TestMultipart form = TestMultipart.of("nofile").field("title", "x");

    HttpResponse<String> reply = server.upload(form, form.build());

    assertProblem(reply, 400, "BAD_REQUEST");
    assertThat(TestServer.json(reply).get("detail").asText()).contains("'file'");
  }

  @Test
  void anEmptyFileIsRefusedWithEmptyFile() {
    TestMultipart form = TestMultipart.of("empty");

    HttpResponse<String> reply =
        server.upload(form, form.file("file", "a.docx", new byte[0]).build());

    assertProblem(reply, 422, "EMPTY_FILE");
  }

  @Test
  void aRawBodyWithoutAFileNameIsABadRequest() {
    HttpResponse<String> reply =
        server.send(
            server
                .authorized("api/v1/uploads")
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.7"))
                .build());

    assertProblem(reply, 400, "BAD_REQUEST");
  }

  @Test
  void noSpooledFileIsLeftBehind() throws IOException {
    Path uploads = dataDir.resolve(EmbeddedServer.UPLOADS_DIR);
    server.send(
        rawUpload(HttpRequest.BodyPublishers.ofInputStream(() -> new CountingBody(11 * MIB))));

    try (Stream<Path> left = Files.list(uploads)) {
      assertThat(left.filter(p -> p.getFileName().toString().startsWith("upload-"))).isEmpty();
    }
  }

  private static HttpRequest rawUpload(HttpRequest.BodyPublisher body) {
    return server
        .authorized("api/v1/uploads")
        .header("Content-Type", "application/octet-stream")
        .header("Content-Disposition", "attachment; filename=\"big.bin\"")
        .POST(body)
        .build();
  }

  static void assertProblem(HttpResponse<String> reply, int status, String code) {
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(status);
    assertThat(reply.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    JsonNode json = TestServer.json(reply);
    assertThat(json.get("code").asText()).isEqualTo(code);
    assertThat(json.get("status").asInt()).isEqualTo(status);
    assertThat(json.get("type").asText()).isEqualTo(Problem.TYPE_BASE + code.toLowerCase());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("type", "title", "status", "detail", "code");
    assertThat(reply.body()).doesNotContain("Exception", "at dev.", "java.", "org.eclipse");
  }

  /** A body of zeros produced on demand, counting what the client managed to hand over. */
  static final class CountingBody extends InputStream {
    private final long size;
    private final AtomicLong pulled = new AtomicLong();
    private byte[] prefix = new byte[0];
    private byte[] suffix = new byte[0];
    private long position;

    CountingBody(long size) {
      this.size = size;
    }

    CountingBody asMultipart(String boundary) {
      prefix =
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; "
                  + "filename=\"big.bin\"\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      suffix = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
      return this;
    }

    long pulled() {
      return pulled.get();
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      long total = prefix.length + size + suffix.length;
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      if (position < prefix.length) {
        n = Math.min(n, prefix.length - (int) position);
        System.arraycopy(prefix, (int) position, b, off, n);
      } else if (position < prefix.length + size) {
        n = (int) Math.min(n, prefix.length + size - position);
        Arrays.fill(b, off, off + n, (byte) 0);
      } else {
        System.arraycopy(suffix, (int) (position - prefix.length - size), b, off, n);
      }
      position += n;
      pulled.addAndGet(n);
      return n;
    }
  }
}
