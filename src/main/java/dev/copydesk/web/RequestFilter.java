package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.StorageFull;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost filter on every copydesk path: counts requests and errors, and turns anything that
 * escapes a servlet into a plain 500 problem, so no stack trace or class name ever reaches a client
 * (the log keeps the detail).
 */
final class RequestFilter extends HttpFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RequestFilter.class);

  private final transient WebMetrics metrics;

  RequestFilter(WebMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      answerQuietly(request, response, problemFor(request, e));
    } finally {
      metrics.request(endpoint(request), response.getStatus());
      if (request.getAttribute(Problem.ATTRIBUTE) instanceof ErrorCode code) {
        metrics.error(code);
      }
    }
  }

  /** Logs {@code failure} as what it is and says what to answer. */
  private static Problem problemFor(HttpServletRequest request, Exception failure) {
    if (StorageFull.isCauseOf(failure)) {
      LOG.error(
          "The disk is full: {} {} could not be stored",
          request.getMethod(),
          request.getRequestURI(),
          failure);
      return Problem.of(StorageFull.error());
    }
    if (failure instanceof IOException) {
      // Mostly a client that went away mid-request; there may be nobody left to answer.
      LOG.debug("I/O failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
    } else {
      LOG.warn(
          "Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), failure);
    }
    return Problem.of(ErrorCode.INTERNAL, "An unexpected error occurred; try again shortly");
  }

  private static void answerQuietly(
      HttpServletRequest request, HttpServletResponse response, Problem problem) {
    try {
      problem.sendAndClose(request, response);
    } catch (IOException | RuntimeException e) {
      LOG.debug("Could not send the error reply", e);
    }
  }

  private static String endpoint(HttpServletRequest request) {
    String servlet = request.getHttpServletMapping().getServletName();
    return servlet == null ? "unknown" : servlet.replace("copydesk-", "");
  }
}
