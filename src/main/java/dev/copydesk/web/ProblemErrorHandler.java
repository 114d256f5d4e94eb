package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages, replaced by problem+json for everything the servlets never see: malformed
 * requests, oversized headers, ambiguous paths, paths outside the base path, shutdown refusals.
 * Never a stack trace, never the exception's message. Jetty's core handler, for the server and the
 * servlet context alike: the servlet one needs a servlet request, and for what fails before a
 * context is chosen (a 431, a {@code %2F} in a path) it answered with an empty body.
 */
final class ProblemErrorHandler extends org.eclipse.jetty.server.handler.ErrorHandler {

  /** HTTP status to the error code that describes it; anything else falls back by class. */
  private static final Map<Integer, ErrorCode> BY_STATUS =
      Map.ofEntries(
          Map.entry(400, ErrorCode.BAD_REQUEST),
          Map.entry(401, ErrorCode.UNAUTHORIZED),
          Map.entry(403, ErrorCode.FORBIDDEN),
          Map.entry(404, ErrorCode.NOT_FOUND),
          Map.entry(405, ErrorCode.METHOD_NOT_ALLOWED),
          Map.entry(413, ErrorCode.TOO_LARGE),
          Map.entry(429, ErrorCode.BUSY),
          Map.entry(503, ErrorCode.NOT_READY));

  ProblemErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  static ErrorCode codeFor(int status) {
    ErrorCode code = BY_STATUS.get(status);
    if (code != null) {
      return code;
    }
    return status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
  }

  @Override
  protected boolean generateAcceptableResponse(
      Request request,
      Response response,
      Callback callback,
      String contentType,
      List<Charset> charsets,
      int code,
      String message,
      Throwable cause) {
    respond(response, callback, code);
    return true;
  }

  private static void respond(Response response, Callback callback, int status) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(JsonBody.bytes(problem(status))), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    return ByteBuffer.wrap(JsonBody.bytes(problem(status)));
  }

  private static Problem problem(int status) {
    ErrorCode code = codeFor(status);
    Problem base = Problem.of(code, null);
    // Keep the real status (e.g. 408, 414, 431) while describing it with the nearest code.
    return new Problem(base.type(), base.title(), status, base.detail(), base.code());
  }
}
