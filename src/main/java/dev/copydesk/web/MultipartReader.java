package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
  private final int[] shift;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int pos;
  private int end;
  private boolean started;
  private boolean bodyPending;

  MultipartReader(InputStream in, String boundary) throws UploadRejected {
    if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_CHARS) {
      throw new UploadRejected(
          ErrorCode.BAD_REQUEST,
          "The multipart Content-Type needs a boundary of 1 to 70 characters");
    }
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.shift = shiftTable(delimiter);
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
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
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

  /**
   * The current part's body as a stream that ends at the part's delimiter (and consumes it), for a
   * consumer that pulls bytes itself; what it leaves unread is skipped by {@link #next()}. Limits
   * are the consumer's to enforce.
   */
  InputStream body() {
    return new InputStream() {
      private boolean ended;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] into, int offset, int length) throws IOException {
        if (ended || !bodyPending) {
          return -1;
        }
        if (length == 0) {
          return 0;
        }
        while (true) {
          int match = indexOfDelimiter();
          int stop = match >= 0 ? match : Math.max(pos, end - (delimiter.length - 1));
          int n = Math.min(length, stop - pos);
          if (n > 0) {
            System.arraycopy(buffer, pos, into, offset, n);
            pos += n;
            return n;
          }
          if (match >= 0) {
            pos += delimiter.length;
            bodyPending = false;
            ended = true;
            return -1;
          }
          if (!fill()) {
            throw truncated();
          }
        }
      }
    };
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

  /** Boyer-Moore-Horspool: most bytes of a file body are skipped, not compared. */
  private int indexOfDelimiter() {
    int last = delimiter.length - 1;
    for (int i = pos; i + last < end; i += shift[buffer[i + last] & 0xff]) {
      int j = last;
      while (j >= 0 && buffer[i + j] == delimiter[j]) {
        j--;
      }
      if (j < 0) {
        return i;
      }
    }
    return -1;
  }

  private static int[] shiftTable(byte[] pattern) {
    int[] table = new int[256];
    Arrays.fill(table, pattern.length);
    for (int i = 0; i < pattern.length - 1; i++) {
      table[pattern[i] & 0xff] = pattern.length - 1 - i;
    }
    return table;
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
