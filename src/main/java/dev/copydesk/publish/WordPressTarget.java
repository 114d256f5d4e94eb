package dev.copydesk.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.config.ConfigException;
import dev.copydesk.config.Delivery;
import dev.copydesk.model.Entry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Delivers to WordPress over its REST API. WordPress has no upsert (the same slug twice gives
 * {@code slug-2}), so the entry id is kept in post meta {@code copydesk_id} and each delivery
 * looks the post up by it first, then updates it or creates it.
 *
 * <p>An update never silently overwrites an editor: if the post was modified since copydesk's
 * last delivery (its {@code modified_gmt} differs from the one recorded then) and its title,
 * excerpt or content differ from what copydesk would write now, the delivery is held as a {@link
 * TargetReply.Conflict} unless the policy is {@code source-wins} or an editor chose overwrite.
 */
public final class WordPressTarget implements Target {

  public static final String SOURCE_WINS = "source-wins";
  private static final String LOOKUP_FIELDS = "id,link,modified_gmt,title,excerpt,content";

  private final WordPressClient client;
  private final WordPressNames names;
  private final String postStatus;
  private final boolean sourceWins;

  WordPressTarget(WordPressClient client, String postStatus, String conflictPolicy) {
    this.client = client;
    this.names = new WordPressNames(client);
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
            URI.create(wp.url()), wp.user(), wp.password(),
            HttpTarget.CONNECT_TIMEOUT, HttpTarget.READ_TIMEOUT);
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
  public TargetReply deliver(Entry entry) {
    return deliver(entry, LastDelivery.NONE);
  }

  @Override
  public TargetReply deliver(Entry entry, LastDelivery last) {
    WordPressClient.Reply found =
        client.get(
            "posts?status=any&context=edit&per_page=2&_fields=" + LOOKUP_FIELDS
                + "&copydesk_id=" + WordPressClient.encode(entry.id()));
    if (!found.ok()) {
      return found.asFailure();
    }
    ObjectNode post = WordPressPost.payload(entry);
    try {
      addNames(entry, post);
    } catch (WordPressNames.Unresolved e) {
      return e.reply;
    }
    JsonNode existing = found.body().path(0);
    String slug = WordPressPost.slug(entry);
    if (existing.isMissingNode()) {
      Optional<JsonNode> orphan = orphanBySlug(slug);
      if (orphan.isEmpty()) {
        post.put("status", postStatus).put("slug", slug);
        return written(client.post("posts", post));
      }
      existing = orphan.get();
    }
    Optional<TargetReply.Conflict> conflict = conflict(existing, post, last);
    if (conflict.isPresent()) {
      return conflict.get();
    }
    return written(client.post("posts/" + existing.path("id").asLong(), post));
  }

  /**
   * A post created by an earlier attempt that died between WordPress's insert and its meta write
   * (the server stopped mid-request) has our slug but no {@code copydesk_id}: adopt it rather than
   * create a second post.
   */
  private Optional<JsonNode> orphanBySlug(String slug) {
    WordPressClient.Reply bySlug =
        client.get(
            "posts?status=any&context=edit&_fields=" + LOOKUP_FIELDS + ",meta&slug="
                + WordPressClient.encode(slug));
    for (JsonNode candidate : bySlug.ok() ? bySlug.body() : EntryJson.MAPPER.createArrayNode()) {
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

  private Optional<TargetReply.Conflict> conflict(JsonNode existing, ObjectNode post, LastDelivery last) {
    String modified = existing.path("modified_gmt").asText();
    boolean editedSince = last.cmsVersion() != null && !last.cmsVersion().equals(modified);
    if (sourceWins || last.overwrite() || !editedSince || sameText(existing, post)) {
      return Optional.empty();
    }
    return Optional.of(
        new TargetReply.Conflict(
            existing.path("id").asText(),
            "the WordPress post was edited at " + modified + " GMT, after copydesk's delivery at "
                + last.cmsVersion() + " GMT; choose overwrite or skip"));
  }

  /** The post already holds what copydesk would write (e.g. our own write whose reply was lost). */
  private static boolean sameText(JsonNode existing, ObjectNode post) {
    return List.of("title", "excerpt", "content").stream()
        .allMatch(f -> existing.path(f).path("raw").asText().strip().equals(post.path(f).asText().strip()));
  }

  private static TargetReply written(WordPressClient.Reply reply) {
    if (!reply.ok()) {
      return reply.asFailure();
    }
    JsonNode body = reply.body();
    return new TargetReply.Delivered(
        body.path("id").asText(), body.path("link").asText(null), body.path("modified_gmt").asText(null));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
