package dev.copydesk.web;

/** What an {@link Authenticator} decided about one request. */
public sealed interface AuthResult {

  /**
   * The caller is known.
   *
   * @param subject who it is, for logs and idempotency scoping (never a secret)
   * @param ambient true when the credentials travel with every browser request (cookies), so a CSRF
   *     token is required on state-changing requests
   * @param csrfBinding the value the CSRF token is bound to (a session id); ignored unless ambient
   */
  record Granted(String subject, boolean ambient, String csrfBinding) implements AuthResult {}

  /** The request carries credentials, and they are wrong; {@code detail} is shown to the caller. */
  record Refused(String detail) implements AuthResult {}

  /** Nothing this authenticator recognises; ask the next one. */
  record Abstained() implements AuthResult {}

  static AuthResult abstain() {
    return new Abstained();
  }
}
