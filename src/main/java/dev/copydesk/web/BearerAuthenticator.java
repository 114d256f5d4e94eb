package dev.copydesk.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * {@code Authorization: Bearer <token>} against the configured token, compared in constant time.
 */
final class BearerAuthenticator implements Authenticator {

  private static final String SCHEME = "bearer ";

  private final String token;

  /** {@code token} may be null: then every bearer token is refused. */
  BearerAuthenticator(String token) {
    this.token = token == null || token.isBlank() ? null : token;
  }

  @Override
  public AuthResult authenticate(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
      return AuthResult.abstain();
    }
    if (token != null && Secrets.matches(header.substring(SCHEME.length()).trim(), token)) {
      return new AuthResult.Granted("token", false, null);
    }
    return new AuthResult.Refused("The bearer token is not valid");
  }
}
