package dev.copydesk.web;

import dev.copydesk.config.Limits;
import dev.copydesk.jobs.JobDraft;
import dev.copydesk.jobs.JobStatus;
import dev.copydesk.jobs.Jobs;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.Result;
import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Streams a bulk import request straight into a {@link JobDraft}: each multipart part (or the raw
 * body) is read once, by the job's intake, which stores and checks it; nothing is spooled twice and
 * nothing is held in memory. The request as a whole may be at most {@code limits.maxInflatedBytes};
 * each file and archive keeps its own intake limits.
 */
final class ImportReceiver {

  /** Raw archive bodies without a file name are named by their media type. */
  private static final Map<String, String> NAMES_BY_TYPE =
      Map.of(
          "application/zip", "import.zip",
          "application/x-zip-compressed", "import.zip",
          "application/gzip", "import.tar.gz",
          "application/x-gzip", "import.tar.gz",
          "application/x-tar", "import.tar");

  private final Jobs jobs;
  private final long maxRequestBytes;
  private final int maxParts;

  ImportReceiver(Jobs jobs, Limits limits) {
    this.jobs = jobs;
    this.maxRequestBytes = limits.maxInflatedBytes() + UploadReceiver.ENVELOPE_BYTES;
    this.maxParts = limits.maxArchiveEntries();
  }

  /**
   * Takes the request in and submits the job; returns only once the job is durable.
   *
   * @throws UploadRejected when the request itself is malformed or over a limit
   */
  Result<JobStatus> receive(HttpServletRequest request, boolean dryRun) throws IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxRequestBytes) {
      throw new UploadRejected(
          ErrorCode.TOO_LARGE,
          "The request declares "
              + Sizes.human(declared)
              + "; the limit is "
              + Sizes.human(maxRequestBytes));
    }
    if (declared == 0) {
      throw noBody();
    }
    HeaderValue contentType = HeaderValue.parse(request.getContentType());
    InputStream body = new BoundedInput(request.getInputStream(), maxRequestBytes, "The import");
    if (contentType.value().equals("multipart/form-data")) {
      return multipart(new MultipartReader(body, contentType.param("boundary")), dryRun);
    }
    if (contentType.value().startsWith("multipart/")) {
      throw new UploadRejected(
          ErrorCode.BAD_REQUEST, "Send multipart/form-data with one file per part");
    }
    String name = rawName(request, contentType.value());
    return submit(jobs.draft(name, dryRun), draft -> add(draft, name, body));
  }

  private Result<JobStatus> multipart(MultipartReader reader, boolean dryRun) throws IOException {
    return submit(
        jobs.draft("", dryRun), // named after its parts
        draft -> {
          int parts = 0;
          boolean files = false;
          while (reader.next()) {
            if (++parts > maxParts) {
              throw new UploadRejected(
                  ErrorCode.TOO_MANY_PARTS, "The request has more than " + maxParts + " parts");
            }
            String fileName =
                HeaderValue.parse(reader.headers().get("content-disposition")).fileName();
            if (fileName == null) {
              continue; // a plain form field: not a file, nothing to import
            }
            files = true;
            if (add(draft, fileName, reader.body()).isPresent()) {
              return;
            }
          }
          if (!files) {
            throw new UploadRejected(ErrorCode.BAD_REQUEST, "The request has no file parts");
          }
        });
  }

  /** An archive part or body is the submission itself: if it cannot be read, nothing is taken. */
  private static Optional<IngestError> add(JobDraft draft, String fileName, InputStream in)
      throws UploadRejected {
    Tripwire watched = new Tripwire(in);
    Optional<IngestError> error =
        Jobs.isArchiveName(fileName)
            ? draft.addArchive(fileName, watched)
            : draft.add(fileName, watched);
    if (watched.rejection != null) {
      throw watched.rejection; // a request limit, not a fault of the file: say which
    }
    return error;
  }

  private interface Intake {
    void fill(JobDraft draft) throws IOException;
  }

  private Result<JobStatus> submit(JobDraft draft, Intake intake) throws IOException {
    try {
      intake.fill(draft);
    } catch (IOException | RuntimeException e) {
      draft.close();
      throw e;
    }
    return jobs.submit(draft);
  }

  private static String rawName(HttpServletRequest request, String mediaType)
      throws UploadRejected {
    String named = HeaderValue.parse(request.getHeader("Content-Disposition")).fileName();
    if (named != null) {
      return FileNames.clean(named);
    }
    String byType = NAMES_BY_TYPE.get(mediaType.toLowerCase(Locale.ROOT));
    if (byType == null) {
      throw new UploadRejected(
          ErrorCode.BAD_REQUEST,
          "Send files as multipart/form-data, or one zip or tar.gz as the body with "
              + "'Content-Type: application/zip' (or a Content-Disposition file name)");
    }
    return byType;
  }

  private static UploadRejected noBody() {
    return new UploadRejected(
        ErrorCode.BAD_REQUEST,
        "The request has no body: send files as multipart/form-data or one archive as the body");
  }

  /**
   * Remembers a request-level rejection (size limit, truncated multipart) raised while the job's
   * intake reads, which would otherwise see only an unreadable file.
   */
  private static final class Tripwire extends FilterInputStream {
    private UploadRejected rejection;

    Tripwire(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (UploadRejected e) {
        rejection = e;
        throw e;
      }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      try {
        return super.read(buffer, offset, length);
      } catch (UploadRejected e) {
        rejection = e;
        throw e;
      }
    }
  }
}
