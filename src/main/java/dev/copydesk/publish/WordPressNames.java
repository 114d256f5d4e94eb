package dev.copydesk.publish;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.model.EntryJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names to WordPress ids. WordPress silently drops unknown tag, category and author ids, so every
 * name is looked up (and a term created when missing) before a post refers to it. Found ids are
 * cached for the life of the target.
 */
final class WordPressNames {

  /** A lookup that could not finish: the reply to hand to the relay. */
  static final class Unresolved extends Exception {
    final transient TargetReply reply;

    Unresolved(TargetReply reply) {
      super(null, null, false, false);
      this.reply = reply;
    }
  }

  private final WordPressClient client;
  private final Map<String, Long> terms = new ConcurrentHashMap<>();
  private final Map<String, Optional<Long>> users = new ConcurrentHashMap<>();

  WordPressNames(WordPressClient client) {
    this.client = client;
  }

  /**
   * Ids of the terms named {@code names} in {@code taxonomy} ({@code tags}, {@code categories}).
   */
  List<Long> terms(String taxonomy, List<String> names) throws Unresolved {
    List<Long> ids = new ArrayList<>();
    for (String name : names) {
      String key = taxonomy + "\n" + name.toLowerCase(Locale.ROOT);
      Long id = terms.get(key);
      if (id == null) {
        id = findOrCreateTerm(taxonomy, name);
        terms.put(key, id);
      }
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private long findOrCreateTerm(String taxonomy, String name) throws Unresolved {
    WordPressClient.Reply found =
        client.get(
            taxonomy + "?per_page=100&_fields=id,name&search=" + WordPressClient.encode(name));
    if (!found.ok()) {
      throw new Unresolved(found.asFailure());
    }
    Optional<Long> match = byName(found.body(), name);
    if (match.isPresent()) {
      return match.get();
    }
    WordPressClient.Reply created =
        client.post(taxonomy, EntryJson.mapper().createObjectNode().put("name", name));
    if (created.ok()) {
      return created.body().path("id").asLong();
    }
    JsonNode existing = created.body().path("data").path("term_id"); // term_exists: a race
    if (existing.isNumber()) {
      return existing.asLong();
    }
    throw new Unresolved(created.asFailure());
  }

  /** The WordPress user whose display name is {@code name}, if there is one. */
  Optional<Long> user(String name) throws Unresolved {
    String key = name.toLowerCase(Locale.ROOT);
    Optional<Long> cached = users.get(key);
    if (cached != null) {
      return cached;
    }
    WordPressClient.Reply found =
        client.get("users?per_page=100&_fields=id,name&search=" + WordPressClient.encode(name));
    if (!found.ok()) {
      throw new Unresolved(found.asFailure());
    }
    Optional<Long> match = byName(found.body(), name);
    users.put(key, match);
    return match;
  }

  /** WordPress searches by substring and returns names HTML-escaped; we want the exact name. */
  private static Optional<Long> byName(JsonNode items, String name) {
    for (JsonNode item : items) {
      String candidate = unescape(item.path("name").asText(""));
      if (candidate.equalsIgnoreCase(name.strip())) {
        return Optional.of(item.path("id").asLong());
      }
    }
    return Optional.empty();
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#039;", "'")
        .replace("&amp;", "&");
  }
}
