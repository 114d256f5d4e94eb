package dev.copydesk.config;

/** The embedded HTTP server and the servlet plugin. {@code token} is a secret. */
public record Server(String host, int port, String basePath, String token, boolean insecureLocal) {

  /**
   * The shortest API token a server accepts: a short one can be guessed, which would make the
   * authentication in front of every endpoint moot.
   */
  public static final int MIN_TOKEN_LENGTH = 16;

  public static Server defaults() {
    return new Server("127.0.0.1", 8080, "/copydesk", null, false);
  }

  /**
   * @throws ConfigException when a token is set but shorter than {@link #MIN_TOKEN_LENGTH} (the
   *     message gives its length, never the token)
   */
  public Server requireStrongToken() {
    if (token != null && !token.isBlank() && token.strip().length() < MIN_TOKEN_LENGTH) {
      throw new ConfigException(
          "server.token (or COPYDESK_TOKEN) is "
              + token.strip().length()
              + " characters long; a server needs at least "
              + MIN_TOKEN_LENGTH
              + ", random (e.g. the output of: openssl rand -hex 24)");
    }
    return this;
  }

  @Override
  public String toString() {
    return "Server[host=%s, port=%d, basePath=%s, token=%s, insecureLocal=%s]"
        .formatted(host, port, basePath, Secrets.redact(token), insecureLocal);
  }
}
