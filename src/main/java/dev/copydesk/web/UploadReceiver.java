package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Turns an upload request into one spooled file: either multipart field {@code file} or a raw body
 * named by {@code Content-Disposition}. Limits are enforced while the bytes stream in: a declared
 * {@code Content-Length} over the limit is refused before reading anything, and a chunked body is
 * cut off at the first byte past it.
 */
final class UploadReceiver {

  /** Room for multipart headers, boundaries and small fields around the file itself. */
  static final long ENVELOPE_BYTES = 256 * 1024;

  static final String FIELD = "file";

  private final Path tempDir;
  private final long maxFileBytes;
  private final int maxParts;

  UploadReceiver(Path tempDir, long maxFileBytes, int maxParts) {
    this.tempDir = tempDir;
    this.maxFileBytes = maxFileBytes;
    this.maxParts = maxParts;
  }

  /**
   * Receives the file; its SHA-256 is computed only when {@code hash} (for idempotency keys), since
   * the pipeline hashes the file itself.
   */
  UploadedFile receive(HttpServletRequest request, boolean hash) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxFileBytes + ENVELOPE_BYTES) {
      throw new UploadRejected(
          ErrorCode.TOO_LARGE,
          "The request declares "
              + Sizes.human(declared)
              + "; the limit is "
              + Sizes.human(maxFileBytes));
    }
    if (declared == 0) {
      throw noBody();
    }
    HeaderValue contentType = HeaderValue.parse(request.getContentType());
    InputStream body =
        new BoundedInput(request.getInputStream(), maxFileBytes + ENVELOPE_BYTES, "The request");
    if (contentType.value().equals("multipart/form-data")) {
      return fromMultipart(new MultipartReader(body, contentType.param("boundary")), hash);
    }
    if (contentType.value().startsWith("multipart/")) {
      throw new UploadRejected(
          ErrorCode.BAD_REQUEST, "Send multipart/form-data with the file in field 'file'");
    }
    String fileName = HeaderValue.parse(request.getHeader("Content-Disposition")).fileName();
    if (fileName == null) {
      throw new UploadRejected(
          ErrorCode.BAD_REQUEST,
          "Name a raw upload with 'Content-Disposition: attachment; filename=...', or send "
              + "multipart/form-data with the file in field 'file'");
    }
    UploadedFile file = spool(FileNames.clean(fileName), hash, out -> copy(body, out));
    if (file.bytes() == 0 && declared < 0) {
      file.close();
      throw noBody();
    }
    return file;
  }

  private UploadedFile fromMultipart(MultipartReader reader, boolean hash) throws IOException {
    UploadedFile found = null;
    int parts = 0;
    try {
      while (reader.next()) {
        if (++parts > maxParts) {
          throw new UploadRejected(
              ErrorCode.TOO_MANY_PARTS, "The request has more than " + maxParts + " parts");
        }
        Map<String, String> headers = reader.headers();
        HeaderValue disposition = HeaderValue.parse(headers.get("content-disposition"));
        if (!FIELD.equals(disposition.param("name"))) {
          reader.copyBody(OutputStream.nullOutputStream(), ENVELOPE_BYTES);
        } else if (found != null) {
          throw new UploadRejected(
              ErrorCode.BAD_REQUEST, "Send one file per upload; use the bulk import for many");
        } else {
          String name = disposition.fileName() == null ? "upload" : disposition.fileName();
          found = spool(FileNames.clean(name), hash, out -> reader.copyBody(out, maxFileBytes));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (found != null) {
        found.close();
      }
      throw e;
    }
    if (found == null) {
      throw new UploadRejected(
          ErrorCode.BAD_REQUEST, "The request has no multipart field named 'file'");
    }
    return found;
  }

  private long copy(InputStream in, OutputStream out) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    long total = 0;
    for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
      if (total + n > maxFileBytes) {
        throw new UploadRejected(
            ErrorCode.TOO_LARGE,
            "The file is larger than the limit of " + Sizes.human(maxFileBytes));
      }
      out.write(chunk, 0, n);
      total += n;
    }
    return total;
  }

  private UploadedFile spool(String fileName, boolean hash, BodyCopy copy) throws IOException {
    if (!Files.isDirectory(tempDir)) {
      Files.createDirectories(tempDir); // it throws and catches an exception when the folder exists
    }
    Path file = Files.createTempFile(tempDir, "upload-", ".part");
    try {
      MessageDigest sha256 = sha256();
      long bytes;
      // WRITE only: the default options truncate the new empty file, and ext4 takes a truncation
      // to zero as a file being replaced, so it wrote the blocks out on close (0.5 ms per upload).
      OutputStream sink =
          new BufferedOutputStream(
              Files.newOutputStream(file, StandardOpenOption.WRITE), 64 * 1024);
      try (OutputStream out = hash ? new DigestOutputStream(sink, sha256) : sink) {
        bytes = copy.into(out);
      }
      String digest = hash ? HexFormat.of().formatHex(sha256.digest()) : null;
      return new UploadedFile(file, fileName, bytes, digest);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static UploadRejected noBody() {
    return new UploadRejected(
        ErrorCode.BAD_REQUEST,
        "The request has no body: send the file as multipart field 'file' or as the raw body");
  }

  /** Copies one body into the spool file, returning the byte count. */
  @FunctionalInterface
  private interface BodyCopy {
    long into(OutputStream out) throws IOException;
  }
}
