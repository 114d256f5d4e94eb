package dev.copydesk.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Decides who sent an API request. Hosts plug in their own (for example one that trusts the CMS
 * session cookie) by listing the class in {@code META-INF/services/dev.copydesk.web.Authenticator};
 * plugged-in authenticators are asked first, then the built-in bearer-token and page-session ones.
 *
 * <p>An authenticator that trusts credentials the browser attaches by itself (cookies, HTTP basic)
 * must say so with {@link AuthResult.Granted#ambient()}: copydesk then requires a CSRF token on
 * every state-changing request from that caller.
 */
public interface Authenticator {

  /** Granted, refused, or abstained when the request carries nothing this authenticator knows. */
  AuthResult authenticate(HttpServletRequest request);
}
