package dev.copydesk.web;

import dev.copydesk.jobs.IngestResult;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.model.Disposition;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.Result;
import dev.copydesk.pipeline.Outcome;
import dev.copydesk.web.IdempotencyStore.Claim;
import dev.copydesk.web.IdempotencyStore.Reply;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * {@code POST api/v1/uploads}: receive one file (streamed to a temporary file within the limits),
 * run it through {@link Ingestion} in a parse slot, answer {@code 201 {entry, delivery}} or a
 * problem. {@code ?dryRun=true} delivers nothing; {@code Idempotency-Key} replays the first reply.
 */
final class UploadServlet extends Endpoint {

  static final int RETRY_AFTER_SECONDS = 2;
  private static final String JSON = "application/json";

  private final transient Ingestion ingestion;
  private final transient UploadReceiver receiver;
  private final transient ParseSlots slots;
  private final transient IdempotencyStore replies;
  private final transient WebMetrics metrics;
  private final transient BooleanSupplier accepting;

  UploadServlet(
      Ingestion ingestion,
      UploadReceiver receiver,
      ParseSlots slots,
      IdempotencyStore replies,
      WebMetrics metrics,
      BooleanSupplier accepting) {
    this.ingestion = ingestion;
    this.receiver = receiver;
    this.slots = slots;
    this.replies = replies;
    this.metrics = metrics;
    this.accepting = accepting;
  }

  @Override
  Map<String, Handler> methods() {
    return Map.of("POST", this::post);
  }

  private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    UploadOptions options;
    try {
      options = UploadOptions.of(request);
    } catch (UploadRejected e) {
      Problem.of(e.error()).sendAndClose(request, response);
      return;
    }
    if (!accepting.getAsBoolean()) {
      response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      Problem.of(ErrorCode.NOT_READY, "The server is shutting down; retry shortly")
          .sendAndClose(request, response);
      return;
    }
    try (UploadedFile file = receiver.receive(request, options.idempotencyKey() != null)) {
      send(request, response, answer(file, options));
    } catch (UploadRejected e) {
      Problem.of(e.error()).sendAndClose(request, response);
    }
  }

  private Reply answer(UploadedFile file, UploadOptions options) {
    if (options.idempotencyKey() == null) {
      return process(file, options.dryRun());
    }
    String fingerprint = file.sha256() + (options.dryRun() ? ":dry-run" : ":deliver");
    Claim claim = replies.claim(options.idempotencyKey(), fingerprint);
    if (claim instanceof Claim.Replay replay) {
      return replay.reply().asReplay();
    }
    if (claim instanceof Claim.InProgress) {
      return problem(IngestError.of(ErrorCode.IDEMPOTENCY_KEY_IN_USE, null));
    }
    if (claim instanceof Claim.Mismatch) {
      return problem(
          IngestError.of(
              ErrorCode.IDEMPOTENCY_KEY_REUSED,
              "Use a new Idempotency-Key for a different file or different options"));
    }
    Reply reply = null;
    try {
      reply = process(file, options.dryRun());
      return reply;
    } finally {
      if (reply != null && (reply.code() == null || isFinal(reply.code()))) {
        replies.complete(options.idempotencyKey(), reply);
      } else {
        replies.release(options.idempotencyKey());
      }
    }
  }

  private Reply process(UploadedFile file, boolean dryRun) {
    if (file.bytes() == 0) {
      return problem(
          IngestError.of(ErrorCode.EMPTY_FILE, "The file '" + file.fileName() + "' has no bytes"));
    }
    long start = System.nanoTime();
    Result<IngestResult> result =
        slots.run(
            () ->
                dryRun
                    ? ingestion.preview(file.path(), file.fileName())
                    : ingestion.ingest(file.path(), file.fileName(), false));
    if (result instanceof Result.Failed<IngestResult> failed) {
      return problem(failed.error());
    }
    IngestResult ingested = ((Result.Ok<IngestResult>) result).value();
    metrics.parsed(Duration.ofNanos(System.nanoTime() - start));
    if (ingested.outcome() instanceof Outcome.Rejected rejected) {
      return problem(rejected.error());
    }
    Outcome.Accepted accepted = (Outcome.Accepted) ingested.outcome();
    metrics.accepted(accepted.entry(), ingested.delivery());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entry", accepted.entry());
    body.put("delivery", ingested.delivery());
    return new Reply(201, JSON, JsonBody.bytes(body), null, false);
  }

  private static Reply problem(IngestError error) {
    Problem problem = Problem.of(error);
    return new Reply(
        problem.status(), Problem.MEDIA_TYPE, JsonBody.bytes(problem), error.code(), false);
  }

  /** Rejections are answers about the file; retryable failures must not stick to the key. */
  private static boolean isFinal(ErrorCode code) {
    return code.disposition() == Disposition.REJECT && code != ErrorCode.IDEMPOTENCY_KEY_IN_USE;
  }

  private static void send(HttpServletRequest request, HttpServletResponse response, Reply reply)
      throws IOException {
    if (reply.code() != null) {
      request.setAttribute(Problem.ATTRIBUTE, reply.code());
    }
    if (reply.code() == ErrorCode.BUSY || reply.code() == ErrorCode.NOT_READY) {
      response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }
    if (reply.replayed()) {
      response.setHeader("Idempotent-Replayed", "true");
    }
    response.setStatus(reply.status());
    response.setContentType(reply.contentType());
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(reply.body().length);
    response.getOutputStream().write(reply.body());
  }
}
