package dev.copydesk.web;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The server's error handler, for what fails before any servlet context is chosen: a header block
 * over the limit (431), an ambiguous path such as {@code %2F} in a segment (400), a request line
 * Jetty cannot parse. The same problem+json as {@link ProblemErrorHandler}, which cannot serve
 * here: Jetty's servlet error handler needs a servlet request, and without one it answered with an
 * empty body.
 */
final class ServerProblemHandler extends org.eclipse.jetty.server.handler.ErrorHandler {

  ServerProblemHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
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
    ProblemErrorHandler.respond(response, callback, code);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    return ByteBuffer.wrap(JsonBody.bytes(ProblemErrorHandler.problem(status)));
  }
}
