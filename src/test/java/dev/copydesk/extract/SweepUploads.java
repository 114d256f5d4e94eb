package dev.copydesk.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends one file to {@code POST api/v1/uploads?dryRun=true} as multipart/form-data and says what
 * came back. A request that gets no reply within {@code hungAfter} is reported as hung (status 0)
 * instead of blocking the sweep.
 */
final class SweepUploads {

  private static final String BOUNDARY = "sweep-7c1f0a";

  /** One reply: HTTP status (0 = no reply in time, -1 = connection failed), media type, time. */
  record Reply(int status, String mediaType, long millis, String body) {}

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI uploads;
  private final String token;
  private final Duration hungAfter;

  SweepUploads(URI base, String token, Duration hungAfter) {
    this.uploads = base.resolve("api/v1/uploads?dryRun=true");
    this.token = token;
    this.hungAfter = hungAfter;
  }

  Reply send(String fileName, byte[] content) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uploads)
            .timeout(hungAfter)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(fileName, content)))
            .build();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      return new Reply(response.statusCode(), type, millisSince(start), response.body());
    } catch (HttpTimeoutException e) {
      return new Reply(0, "", millisSince(start), "no reply within " + hungAfter);
    } catch (IOException e) {
      return new Reply(-1, "", millisSince(start), e.toString());
    }
  }

  private static byte[] body(String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
    out.writeBytes(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(content);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
