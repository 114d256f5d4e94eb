package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.model.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {

  private static final String BOUNDARY = "----b0undary";

  record Part(Map<String, String> headers, byte[] body) {}

  @Test
  void readsFieldsAndAFileWithPreambleAndTransportPadding() throws IOException {
    String body =
        "preamble to ignore\r\n"
            + "--"
            + BOUNDARY
            + "\r\n"
            + "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
            + "hello\r\n"
            + "--"
            + BOUNDARY
            + "  \t\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + "line one\r\nline two\r\n"
            + "--"
            + BOUNDARY
            + "--\r\nepilogue";

    List<Part> parts = readAll(stream(body.getBytes(StandardCharsets.UTF_8), 7));

    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).headers())
        .containsEntry("content-disposition", "form-data; name=\"note\"");
    assertThat(new String(parts.get(0).body(), StandardCharsets.UTF_8)).isEqualTo("hello");
    assertThat(parts.get(1).headers()).containsEntry("content-type", "text/plain");
    assertThat(new String(parts.get(1).body(), StandardCharsets.UTF_8))
        .isEqualTo("line one\r\nline two");
  }

  @Test
  void binaryBodyWithNearMissesOfTheDelimiterSurvivesEveryChunking() throws IOException {
    byte[] file = new byte[300_000];
    new Random(42).nextBytes(file);
    // Plant prefixes of the delimiter that must not end the part.
    byte[] nearMiss = ("\r\n--" + BOUNDARY.substring(0, 8)).getBytes(StandardCharsets.ISO_8859_1);
    for (int at = 1000; at < file.length - nearMiss.length; at += 65_530) {
      System.arraycopy(nearMiss, 0, file, at, nearMiss.length);
    }
    byte[] body = TestMultipart.of(BOUNDARY).file("file", "x.bin", file).build();

    for (int chunk : new int[] {1, 3, 70, 4096, 65_536, 1_000_000}) {
      List<Part> parts = readAll(stream(body, chunk));
      assertThat(parts).hasSize(1);
      assertThat(parts.get(0).body()).as("chunk %d", chunk).isEqualTo(file);
    }
  }

  @Test
  void aBodyCutBeforeTheClosingBoundaryIsABadRequest() {
    byte[] body = TestMultipart.of(BOUNDARY).file("file", "a.txt", new byte[100]).build();
    byte[] cut = java.util.Arrays.copyOf(body, body.length - 20);

    assertThatThrownBy(() -> readAll(stream(cut, 4096)))
        .isInstanceOfSatisfying(
            UploadRejected.class,
            e -> assertThat(e.error().code()).isEqualTo(ErrorCode.BAD_REQUEST));
  }

  @Test
  void aPartPastItsLimitStopsWithTooLarge() throws IOException {
    byte[] body = TestMultipart.of(BOUNDARY).file("file", "a.bin", new byte[10_000]).build();
    MultipartReader reader = new MultipartReader(stream(body, 512), BOUNDARY);
    reader.next();
    reader.headers();

    assertThatThrownBy(() -> reader.copyBody(new ByteArrayOutputStream(), 9_999))
        .isInstanceOfSatisfying(
            UploadRejected.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.TOO_LARGE));
  }

  @Test
  void endlessHeadersAreRefused() throws IOException {
    String body = "--" + BOUNDARY + "\r\n" + "X-Pad: aaaaaaaaaaaaaaaaaaaa\r\n".repeat(2000);
    MultipartReader reader =
        new MultipartReader(stream(body.getBytes(StandardCharsets.US_ASCII), 8192), BOUNDARY);
    reader.next();

    assertThatThrownBy(reader::headers)
        .isInstanceOfSatisfying(
            UploadRejected.class,
            e -> assertThat(e.error().code()).isEqualTo(ErrorCode.BAD_REQUEST));
  }

  @Test
  void aMissingOrOverlongBoundaryIsRefused() {
    assertThatThrownBy(() -> new MultipartReader(InputStream.nullInputStream(), null))
        .isInstanceOf(UploadRejected.class);
    assertThatThrownBy(() -> new MultipartReader(InputStream.nullInputStream(), "b".repeat(71)))
        .isInstanceOf(UploadRejected.class);
  }

  private static List<Part> readAll(InputStream in) throws IOException {
    MultipartReader reader = new MultipartReader(in, BOUNDARY);
    List<Part> parts = new ArrayList<>();
    while (reader.next()) {
      Map<String, String> headers = reader.headers();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      reader.copyBody(out, Long.MAX_VALUE);
      parts.add(new Part(headers, out.toByteArray()));
    }
    return parts;
  }

  /** Hands out at most {@code chunk} bytes per read, like a network stream. */
  private static InputStream stream(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
