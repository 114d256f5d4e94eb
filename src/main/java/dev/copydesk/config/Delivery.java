package dev.copydesk.config;

/** Where entries go: {@code file} (default), {@code wordpress} or {@code http}. */
public record Delivery(
    String target, String postStatus, String conflictPolicy, WordPress wordpress, Http http) {

  public static Delivery defaults() {
    return new Delivery("file", "draft", "hold", new WordPress(null, null, null), new Http(null, null));
  }

  public Delivery withTarget(String newTarget) {
    return new Delivery(newTarget, postStatus, conflictPolicy, wordpress, http);
  }

  /** A WordPress site reached through its REST API with an Application Password (a secret). */
  public record WordPress(String url, String user, String password) {
    @Override
    public String toString() {
      return "WordPress[url=%s, user=%s, password=%s]".formatted(url, user, Secrets.redact(password));
    }
  }

  /** A generic JSON import API ({@code PUT {url}/entries/{id}}); {@code token} is a secret. */
  public record Http(String url, String token) {
    @Override
    public String toString() {
      return "Http[url=%s, token=%s]".formatted(url, Secrets.redact(token));
    }
  }
}
