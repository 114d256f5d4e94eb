package dev.copydesk.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Delivery;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Delivers to WordPress over its REST API. WordPress has no upsert (the same slug twice gives
 * {@code slug-2}), so the entry id is kept in post meta {@code copydesk_id}. An entry delivered
 * before is looked up by it, then updated (or created); a first delivery is a single POST that
 * copydesk's plugin refuses with 409 and the existing post's id when the post exists after all.
 *
 * <p>An update never silently overwrites an editor: if the post was modified since copydesk's last
 * delivery (its {@code modified_gmt} differs from the one recorded then) and its title, excerpt or
 * content differ from what copydesk would write now, the delivery is held as a {@link
 * TargetReply.Conflict} unless the policy is {@code source-wins} or an editor chose overwrite.
 */
public final class WordPressTarget implements Target {

  public static final String SOURCE_WINS = "source-wins";
  private static final String LOOKUP_FIELDS = "id,link,modified_gmt,title,excerpt,content,meta";

  private final WordPressClient client;
  private final WordPressNames names;
  private final WordPressPlugin plugin;

  /** Flags that keep a new post a draft whatever the configured status. */
  private static final Set<FlagCode> HOLD_BACK = Set.of(FlagCode.EMBARGO, FlagCode.WITHDRAWN);

  private final String postStatus;
  private final boolean sourceWins;

  WordPressTarget(WordPressClient client, String postStatus, String conflictPolicy) {
    this.client = client;
    this.names = new WordPressNames(client);
    this.plugin = new WordPressPlugin(client);
    this.postStatus = postStatus == null ? "draft" : postStatus;
    this.sourceWins = SOURCE_WINS.equals(conflictPolicy);
  }

  public static WordPressTarget create(Delivery delivery) {
    Delivery.WordPress wp = delivery.wordpress();
    if (wp == null || blank(wp.url()) || blank(wp.user()) || blank(wp.password())) {
      throw new ConfigException(
          "delivery.wordpress.url, .user and .password must be set for the wordpress target"
              + " (COPYDESK_WORDPRESS_URL, COPYDESK_WORDPRESS_USER, COPYDESK_WORDPRESS_PASSWORD)");
    }
    WordPressClient client =
        new WordPressClient(
            URI.create(wp.url()),
            wp.user(),
            wp.password(),
            HttpTarget.CONNECT_TIMEOUT,
            HttpTarget.READ_TIMEOUT);
    return new WordPressTarget(client, delivery.postStatus(), delivery.conflictPolicy());
  }

  /** For tests and tools: a target on {@code site} with explicit timeouts. */
  public static WordPressTarget create(
      URI site, String user, String password, Delivery delivery, Duration read) {
    WordPressClient client =
        new WordPressClient(site, user, password, HttpTarget.CONNECT_TIMEOUT, read);
    return new WordPressTarget(client, delivery.postStatus(), delivery.conflictPolicy());
  }

  @Override
  public String name() {
    return "wordpress";
  }

  @Override
  public TargetReply deliver(StoredEntry stored, LastDelivery last) {
    Entry entry = stored.entry();
    ObjectNode post = WordPressPost.payload(entry);
    if (last.replaces() != null) {
      ((ObjectNode) post.get("meta")).put("copydesk_revision_of", last.replaces());
    }
    try {
      addNames(entry, post);
      if (last.cmsId() == null && last.replaces() == null && plugin.createGuard()) {
        return createGuarded(entry, post);
      }
      return upsert(entry, post, last);
    } catch (WordPressNames.Unresolved e) {
      return e.reply;
    }
  }

  /**
   * The configured status for a new post; an embargoed or withdrawn entry is always created as a
   * draft.
   */
  private String statusFor(Entry entry) {
    return entry.flags().stream().map(Flag::code).anyMatch(HOLD_BACK::contains)
        ? "draft"
        : postStatus;
  }

  /**
   * Never delivered from this outbox: just create. The plugin's guard answers 409 with the post
   * that already holds this entry (delivered from elsewhere, or half-made by an attempt the server
   * died in); copydesk has no earlier delivery of it to protect, so that post is updated.
   */
  private TargetReply createGuarded(Entry entry, ObjectNode post) {
    ObjectNode create =
        post.deepCopy().put("status", statusFor(entry)).put("slug", WordPressPost.slug(entry));
    WordPressClient.Reply created = client.post("posts", create);
    JsonNode existing = created.body().path("data").path("post_id");
    if (created.status() == 409
        && "copydesk_exists".equals(created.body().path("code").asText())
        && existing.canConvertToLong()) {
      return written(client.post("posts/" + existing.asLong(), post));
    }
    return written(created);
  }

  /**
   * Finds the post (by {@code copydesk_id}; for a revision taking over an earlier entry's post, by
   * that entry's id; else a half-made post by slug), then updates it unless an editor changed it
   * since copydesk's last delivery, or creates it.
   */
  private TargetReply upsert(Entry entry, ObjectNode post, LastDelivery last)
      throws WordPressNames.Unresolved {
    String slug = WordPressPost.slug(entry);
    Optional<JsonNode> existing = find(entry.id());
    if (existing.isEmpty() && last.replaces() != null) {
      existing = find(last.replaces());
    }
    if (existing.isEmpty()) {
      existing = orphanBySlug(slug);
    }
    if (existing.isEmpty()) {
      return written(client.post("posts", post.put("status", statusFor(entry)).put("slug", slug)));
    }
    Optional<TargetReply.Conflict> conflict = conflict(existing.get(), post, last);
    if (conflict.isPresent()) {
      return conflict.get();
    }
    return written(client.post("posts/" + existing.get().path("id").asLong(), post));
  }

  /**
   * The post carrying {@code copydesk_id}. The meta is checked again here: a site without the
   * plugin ignores the unknown query parameter and lists any posts, which must not be taken.
   */
  private Optional<JsonNode> find(String entryId) throws WordPressNames.Unresolved {
    WordPressClient.Reply found =
        client.get(
            "posts?status=any&context=edit&per_page=2&_fields="
                + LOOKUP_FIELDS
                + "&copydesk_id="
                + WordPressClient.encode(entryId));
    if (!found.ok()) {
      throw new WordPressNames.Unresolved(found.asFailure());
    }
    for (JsonNode candidate : found.body()) {
      if (entryId.equals(candidate.path("meta").path("copydesk_id").asText())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * A post created by an earlier attempt that died between WordPress's insert and its meta write
   * (the server stopped mid-request) has our slug but no {@code copydesk_id}: adopt it rather than
   * create a second post.
   */
  private Optional<JsonNode> orphanBySlug(String slug) throws WordPressNames.Unresolved {
    WordPressClient.Reply bySlug =
        client.get(
            "posts?status=any&context=edit&_fields="
                + LOOKUP_FIELDS
                + "&slug="
                + WordPressClient.encode(slug));
    if (!bySlug.ok()) {
      throw new WordPressNames.Unresolved(bySlug.asFailure());
    }
    for (JsonNode candidate : bySlug.body()) {
      if (candidate.path("meta").path("copydesk_id").asText("").isEmpty()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private void addNames(Entry entry, ObjectNode post) throws WordPressNames.Unresolved {
    List<String> tags = WordPressPost.tags(entry);
    if (!tags.isEmpty()) {
      names.terms("tags", tags).forEach(post.putArray("tags")::add);
    }
    List<String> categories = WordPressPost.categories(entry);
    if (!categories.isEmpty()) {
      names.terms("categories", categories).forEach(post.putArray("categories")::add);
    }
    for (String author : entry.authors()) {
      Optional<Long> user = names.user(author);
      if (user.isPresent()) {
        post.put("author", user.get()); // WordPress has one author; all stay in meta
        break;
      }
    }
  }

  private Optional<TargetReply.Conflict> conflict(
      JsonNode existing, ObjectNode post, LastDelivery last) {
    String modified = existing.path("modified_gmt").asText();
    boolean editedSince = last.cmsVersion() != null && !last.cmsVersion().equals(modified);
    if (sourceWins || last.overwrite() || !editedSince || sameText(existing, post)) {
      return Optional.empty();
    }
    return Optional.of(
        new TargetReply.Conflict(
            existing.path("id").asText(),
            "the WordPress post was edited at "
                + modified
                + " GMT, after copydesk's delivery at "
                + last.cmsVersion()
                + " GMT; choose overwrite or skip"));
  }

  /** The post already holds what copydesk would write (e.g. our own write whose reply was lost). */
  private static boolean sameText(JsonNode existing, ObjectNode post) {
    return List.of("title", "excerpt", "content").stream()
        .allMatch(
            f ->
                existing
                    .path(f)
                    .path("raw")
                    .asText()
                    .strip()
                    .equals(post.path(f).asText().strip()));
  }

  private static TargetReply written(WordPressClient.Reply reply) {
    if (!reply.ok()) {
      return reply.asFailure();
    }
    JsonNode body = reply.body();
    if (!body.path("id").canConvertToLong()) {
      // A success status without the post (a reply cut off while the site stopped, or a PHP
      // notice instead of JSON): never record "delivered" without the CMS id; the retry's
      // lookup by copydesk_id finds the post if it was written.
      return TargetReply.Retryable.of(
          "WordPress answered " + reply.status() + " without the post's id");
    }
    return new TargetReply.Delivered(
        body.path("id").asText(),
        body.path("link").asText(null),
        body.path("modified_gmt").asText(null));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
