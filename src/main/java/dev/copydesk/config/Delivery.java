package dev.copydesk.config;

/**
 * Where entries go: {@code file} (default), {@code wordpress} or {@code http}; how many deliveries
 * run at once per target ({@code concurrency}); and whether an entry flagged {@code REVISION_OF}
 * becomes a new CMS item ({@code revisions = new}, the default) or updates the earlier entry's item
 * ({@code update}).
 */
public record Delivery(
    String target,
    String postStatus,
    String conflictPolicy,
    int concurrency,
    String revisions,
    WordPress wordpress,
    Http http) {

  public static final int DEFAULT_CONCURRENCY = 4;
  public static final String REVISIONS_NEW = "new";
  public static final String REVISIONS_UPDATE = "update";

  /** The section without the delivery tuning keys: they take their defaults. */
  public Delivery(
      String target, String postStatus, String conflictPolicy, WordPress wordpress, Http http) {
    this(target, postStatus, conflictPolicy, DEFAULT_CONCURRENCY, REVISIONS_NEW, wordpress, http);
  }

  public static Delivery defaults() {
    return new Delivery(
        "file", "draft", "hold", new WordPress(null, null, null), new Http(null, null));
  }

  public Delivery withTarget(String newTarget) {
    return new Delivery(
        newTarget, postStatus, conflictPolicy, concurrency, revisions, wordpress, http);
  }

  public Delivery withRevisions(String policy) {
    return new Delivery(target, postStatus, conflictPolicy, concurrency, policy, wordpress, http);
  }

  public Delivery withConcurrency(int count) {
    return new Delivery(target, postStatus, conflictPolicy, count, revisions, wordpress, http);
  }

  /** True when {@code revisions = update}: a revision updates the earlier entry's CMS item. */
  public boolean revisionsUpdate() {
    return REVISIONS_UPDATE.equals(revisions);
  }

  /** A WordPress site reached through its REST API with an Application Password (a secret). */
  public record WordPress(String url, String user, String password) {
    @Override
    public String toString() {
      return "WordPress[url=%s, user=%s, password=%s]"
          .formatted(url, user, Secrets.redact(password));
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
