package dev.copydesk.web;

import dev.copydesk.jobs.JobStatus;
import dev.copydesk.jobs.Jobs;
import dev.copydesk.jobs.ReportFormat;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Result;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code api/v1/imports}: bulk import jobs over {@link Jobs}. {@code POST} takes the files in and
 * answers {@code 202} with the job's {@code Location} once it is durable; the rest reads or cancels
 * a job. Only translation from HTTP to a {@link Jobs} call and back happens here.
 */
final class ImportsServlet extends Endpoint {

  /** {@code /{id}} or {@code /{id}/{action}} after the servlet path; ids are lower-case hex. */
  private static final Pattern JOB_PATH = Pattern.compile("/([0-9a-f]{1,64})(?:/([a-z]+))?/?");

  private static final String NDJSON = "application/x-ndjson";

  private final transient Jobs jobs;
  private final transient ImportReceiver receiver;
  private final transient BooleanSupplier accepting;

  ImportsServlet(Jobs jobs, ImportReceiver receiver, BooleanSupplier accepting) {
    this.jobs = jobs;
    this.receiver = receiver;
    this.accepting = accepting;
  }

  @Override
  Map<String, Handler> methods() {
    return Map.of("GET", this::get, "POST", this::post);
  }

  private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo();
    if (path == null || path.equals("/")) {
      JsonBody.send(response, 200, Map.of("jobs", jobs.list()));
      return;
    }
    Matcher job = JOB_PATH.matcher(path);
    if (!job.matches()) {
      notFound(request, response);
      return;
    }
    String id = job.group(1);
    String action = job.group(2) == null ? "" : job.group(2);
    if (!jobs.exists(id)) {
      notFound(request, response);
      return;
    }
    switch (action) {
      case "" -> sendStatus(response, 200, jobs.status(id));
      case "entries" -> jobs.entries(id, writer(response, NDJSON));
      case "report" -> report(request, response, id);
      default -> notFound(request, response);
    }
  }

  private void report(HttpServletRequest request, HttpServletResponse response, String id)
      throws IOException {
    String accept = request.getHeader("Accept");
    ReportFormat format =
        accept != null && accept.contains(ReportFormat.CSV.mediaType())
            ? ReportFormat.CSV
            : ReportFormat.JSON;
    if (format == ReportFormat.CSV) {
      response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + ".csv\"");
    }
    jobs.report(id, format, writer(response, format.mediaType()));
  }

  private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = request.getPathInfo();
    if (path == null || path.equals("/")) {
      submit(request, response);
      return;
    }
    Matcher job = JOB_PATH.matcher(path);
    if (job.matches() && "cancel".equals(job.group(2))) {
      if (!sendStatus(response, 200, jobs.cancel(job.group(1)))) {
        notFound(request, response);
      }
      return;
    }
    notFound(request, response);
  }

  private void submit(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!accepting.getAsBoolean()) {
      response.setHeader("Retry-After", Integer.toString(UploadServlet.RETRY_AFTER_SECONDS));
      Problem.of(ErrorCode.NOT_READY, "The server is shutting down; retry shortly")
          .sendAndClose(request, response);
      return;
    }
    Result<JobStatus> result;
    try {
      result = receiver.receive(request, UploadOptions.of(request).dryRun());
    } catch (UploadRejected e) {
      Problem.of(e.error()).sendAndClose(request, response);
      return;
    }
    if (result instanceof Result.Failed<JobStatus> failed) {
      Problem.of(failed.error()).sendAndClose(request, response);
      return;
    }
    JobStatus status = ((Result.Ok<JobStatus>) result).value();
    response.setHeader(
        "Location", request.getContextPath() + request.getServletPath() + "/" + status.id());
    sendStatus(response, 202, Optional.of(status));
  }

  private static boolean sendStatus(
      HttpServletResponse response, int code, Optional<JobStatus> status) throws IOException {
    if (status.isEmpty()) {
      return false;
    }
    JsonBody.send(response, code, status.get());
    return true;
  }

  private static Writer writer(HttpServletResponse response, String mediaType) throws IOException {
    response.setStatus(200);
    response.setContentType(mediaType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    return response.getWriter();
  }

  private static void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Problem.of(ErrorCode.NOT_FOUND, "No such import job or action; see docs/bulk.md")
        .send(request, response);
  }
}
