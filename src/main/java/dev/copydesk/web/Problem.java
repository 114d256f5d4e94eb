package dev.copydesk.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * An RFC 9457 problem, exactly {@code {type, title, status, detail, code}}. {@code type} points at
 * the code's anchor in docs/errors.md, published at {@value #TYPE_BASE}.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "code"})
public record Problem(String type, String title, int status, String detail, String code) {

  public static final String TYPE_BASE = "https://copydesk.dev/errors#";
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Request attribute holding the {@link ErrorCode} of the problem sent, for the error metrics. */
  static final String ATTRIBUTE = "dev.copydesk.web.problem";

  public static Problem of(ErrorCode code, String detail) {
    return new Problem(
        TYPE_BASE + code.name().toLowerCase(Locale.ROOT),
        code.title(),
        code.httpStatus(),
        detail == null || detail.isBlank() ? code.title() : detail,
        code.name());
  }

  public static Problem of(IngestError error) {
    return of(error.code(), error.detail());
  }

  /** Writes this problem unless the response is already committed (then nothing can be said). */
  public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    request.setAttribute(ATTRIBUTE, ErrorCode.valueOf(code));
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(JsonBody.bytes(this));
  }

  ErrorCode errorCode() {
    return ErrorCode.valueOf(code);
  }

  /** Sends the problem and asks the container to close the connection instead of reading on. */
  public void sendAndClose(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!response.isCommitted()) {
      response.setHeader("Connection", "close");
    }
    send(request, response);
    response.flushBuffer();
  }
}
