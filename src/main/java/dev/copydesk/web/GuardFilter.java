package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * In front of every API endpoint and the metrics, in this order: a browser's cross-site
 * state-changing request is refused (403) before anything else, then the caller must authenticate
 * (401), then callers with ambient credentials (cookies) must send the CSRF token (403). Nothing is
 * read from the body before all three pass.
 */
final class GuardFilter extends HttpFilter {

  static final String CALLER = "dev.copydesk.web.caller";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> ALLOWED_FETCH_SITES = Set.of("same-origin", "none");

  private final transient Authenticators authenticators;
  private final transient PageSessions sessions;

  GuardFilter(Authenticators authenticators, PageSessions sessions) {
    this.authenticators = authenticators;
    this.sessions = sessions;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean changesState = !SAFE_METHODS.contains(request.getMethod());
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (changesState && fetchSite != null && !ALLOWED_FETCH_SITES.contains(fetchSite)) {
      Problem.of(ErrorCode.FORBIDDEN, "Cross-site requests are not accepted")
          .sendAndClose(request, response);
      return;
    }
    AuthResult result = authenticators.authenticate(request);
    if (!(result instanceof AuthResult.Granted caller)) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"copydesk\"");
      String detail = result instanceof AuthResult.Refused refused ? refused.detail() : null;
      Problem.of(ErrorCode.UNAUTHORIZED, detail).sendAndClose(request, response);
      return;
    }
    if (changesState
        && caller.ambient()
        && !sessions.csrfMatches(
            request.getHeader(PageSessions.CSRF_HEADER), caller.csrfBinding())) {
      Problem.of(
              ErrorCode.CSRF_TOKEN_INVALID,
              "Send the token from GET api/v1/session in the "
                  + PageSessions.CSRF_HEADER
                  + " header")
          .sendAndClose(request, response);
      return;
    }
    request.setAttribute(CALLER, caller);
    chain.doFilter(request, response);
  }
}
