package dev.copydesk.config;

/** How secrets show in logs and {@code toString}: whether set, never what. */
final class Secrets {

  private Secrets() {}

  static String redact(String secret) {
    return secret == null || secret.isEmpty() ? "<unset>" : "<redacted>";
  }
}
