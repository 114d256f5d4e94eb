package dev.copydesk.config;

/** The embedded HTTP server and the servlet plugin. {@code token} is a secret. */
public record Server(String host, int port, String basePath, String token, boolean insecureLocal) {

  public static Server defaults() {
    return new Server("127.0.0.1", 8080, "/copydesk", null, false);
  }

  @Override
  public String toString() {
    return "Server[host=%s, port=%d, basePath=%s, token=%s, insecureLocal=%s]"
        .formatted(host, port, basePath, Secrets.redact(token), insecureLocal);
  }
}
