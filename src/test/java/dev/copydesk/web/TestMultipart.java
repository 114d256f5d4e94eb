package dev.copydesk.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds multipart/form-data bodies for tests, the way browsers write them. */
final class TestMultipart {

  private final String boundary;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private TestMultipart(String boundary) {
    this.boundary = boundary;
  }

  static TestMultipart of(String boundary) {
    return new TestMultipart(boundary);
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  TestMultipart field(String name, String value) {
    ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
    out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
    ascii("\r\n");
    return this;
  }

  TestMultipart file(String name, String fileName, byte[] content) {
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    ascii("\r\n");
    return this;
  }

  byte[] build() {
    ascii("--" + boundary + "--\r\n");
    return out.toByteArray();
  }

  private void ascii(String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
