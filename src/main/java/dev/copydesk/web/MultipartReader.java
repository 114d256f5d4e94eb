package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A streaming {@code multipart/form-data} reader (RFC 7578 over RFC 2046): parts are read one at a
 * time straight from the request stream through a fixed 64 KiB buffer, so neither the body nor a
 * part is ever held whole in memory. Usage: {@code while (reader.next()) {...reader.copyBody(..)}}.
 */
final class MultipartReader {

  private static final int BUFFER_BYTES = 64 * 1024;
  private static final int MAX_HEADER_BYTES = 16 * 1024;
  private static final int MAX_BOUNDARY_CHARS = 70;

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int pos;
  private int end;
  private boolean started;
  private boolean bodyPending;

  MultipartReader(InputStream in, String boundary) throws UploadRejected {
    if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_CHARS) {
      throw new UploadRejected(
          ErrorCode.BAD_REQUEST, "The multipart Content-Type needs a boundary of 1 to 70 characters");
    }
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    // The first boundary may open the body without a preceding CRLF; supply one.
    buffer[0] = '\r';
    buffer[1] = '\n';
    end = 2;
  }

  /** Moves to the next part and reads its headers; false after the closing boundary. */
  boolean next() throws IOException {
    if (!started || bodyPending) {
      copyBody(OutputStream.nullOutputStream(), Long.MAX_VALUE);
    }
    started = true;
    if (!ensure(2)) {
      throw truncated();
    }
    if (buffer[pos] == '-' && buffer[pos + 1] == '-') {
      return false;
    }
    skipTransportPadding();
    bodyPending = true;
    return true;
  }

  /**
   * Reads the current part's headers; names in lower case. Call once per part, before {@link
   * #copyBody}.
   */
  Map<String, String> headers() throws IOException {
    Map<String, String> headers = new HashMap<>();
    int total = 0;
    while (true) {
      String line = readLine(MAX_HEADER_BYTES - total);
      total += line.length() + 2;
      if (line.isEmpty()) {
        return headers;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
    }
  }

  /**
   * Copies the current part's body to {@code sink} and consumes the delimiter after it.
   *
   * @throws UploadRejected {@code TOO_LARGE} as soon as the body passes {@code limit} bytes
   */
  long copyBody(OutputStream sink, long limit) throws IOException {
    long total = 0;
    int keep = delimiter.length - 1;
    while (true) {
      int match = indexOfDelimiter();
      int stop = match >= 0 ? match : Math.max(pos, end - keep);
      int n = stop - pos;
      if (total + n > limit) {
        throw new UploadRejected(
            ErrorCode.TOO_LARGE, "The file is larger than the limit of " + Sizes.human(limit));
      }
      sink.write(buffer, pos, n);
      total += n;
      pos = stop;
      if (match >= 0) {
        pos += delimiter.length;
        bodyPending = false;
        return total;
      }
      if (!fill()) {
        throw truncated();
      }
    }
  }

  private void skipTransportPadding() throws IOException {
    while (ensure(1) && (buffer[pos] == ' ' || buffer[pos] == '\t')) {
      pos++;
    }
    if (!ensure(2) || buffer[pos] != '\r' || buffer[pos + 1] != '\n') {
      throw new UploadRejected(ErrorCode.BAD_REQUEST, "A multipart boundary line is malformed");
    }
    pos += 2;
  }

  private String readLine(int maxBytes) throws IOException {
    int scanned = pos;
    while (true) {
      for (; scanned + 1 < end; scanned++) {
        if (buffer[scanned] == '\r' && buffer[scanned + 1] == '\n') {
          String line = new String(buffer, pos, scanned - pos, StandardCharsets.UTF_8);
          pos = scanned + 2;
          return line;
        }
      }
      if (scanned - pos > maxBytes) {
        throw new UploadRejected(
            ErrorCode.BAD_REQUEST, "A multipart part has more than 16 KiB of headers");
      }
      int offset = scanned - pos;
      if (!fill()) {
        throw truncated();
      }
      scanned = pos + offset;
    }
  }

  private int indexOfDelimiter() {
    byte first = delimiter[0];
    int last = end - delimiter.length;
    outer:
    for (int i = pos; i <= last; i++) {
      if (buffer[i] != first) {
        continue;
      }
      for (int j = 1; j < delimiter.length; j++) {
        if (buffer[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private boolean ensure(int bytes) throws IOException {
    while (end - pos < bytes) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  /** Compacts the buffer and reads more; false at the end of the stream. */
  private boolean fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, end - pos);
      end -= pos;
      pos = 0;
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      return false;
    }
    end += n;
    return true;
  }

  private static UploadRejected truncated() {
    return new UploadRejected(
        ErrorCode.BAD_REQUEST, "The multipart body ends before its closing boundary");
  }
}
