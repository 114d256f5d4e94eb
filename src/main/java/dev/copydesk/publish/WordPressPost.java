package dev.copydesk.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.model.Entry;
import dev.copydesk.model.EntryJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The REST payload for one entry: what copydesk writes into a WordPress post. */
final class WordPressPost {

  /** Entry metadata keys that carry tags and categories, as extractors name them. */
  private static final List<String> TAG_KEYS =
      List.of("keywords", "dc:subject", "meta:keyword", "tags");

  private static final List<String> CATEGORY_KEYS = List.of("categories", "category");

  private WordPressPost() {}

  /** Title, excerpt, content, date and meta: the fields copydesk owns in the post. */
  static ObjectNode payload(Entry entry) {
    ObjectNode post = EntryJson.mapper().createObjectNode();
    post.put("title", entry.title() == null ? "" : entry.title());
    post.put("excerpt", entry.standfirst() == null ? "" : entry.standfirst());
    post.put("content", WordPressContent.blocks(entry.body()));
    embargoLifts(entry)
        .or(() -> date(entry.published()))
        .ifPresent(d -> post.put(d.field(), d.value()));
    ObjectNode meta = post.putObject("meta");
    meta.put("copydesk_id", entry.id());
    meta.put("copydesk_flags", json(entry.flags()));
    meta.put("copydesk_note", WordPressContent.editorNote(entry));
    meta.put("copydesk_authors", String.join(", ", entry.authors()));
    return post;
  }

  /**
   * The slug of a new post: its title plus the start of the entry id, so it reads well in a URL and
   * is set atomically with the insert (unlike meta), which lets a retry find a half-made post.
   */
  static String slug(Entry entry) {
    String title = entry.title() == null ? "" : entry.title();
    String words =
        java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (words.length() > 60) {
      words = words.substring(0, 60).replaceAll("-+$", "");
    }
    String key = entry.id().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    key = key.substring(0, Math.min(12, key.length()));
    return words.isEmpty() ? "copydesk-" + key : words + "-" + key;
  }

  static List<String> tags(Entry entry) {
    return names(entry, TAG_KEYS);
  }

  static List<String> categories(Entry entry) {
    return names(entry, CATEGORY_KEYS);
  }

  private static List<String> names(Entry entry, List<String> keys) {
    Set<String> names = new LinkedHashSet<>();
    for (String key : keys) {
      Object value = entry.metadata().get(key);
      Collection<?> values =
          value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
      for (Object item : values) {
        for (String name : String.valueOf(item).split("[,;]")) {
          if (!name.isBlank()) {
            names.add(name.strip());
          }
        }
      }
    }
    return new ArrayList<>(names);
  }

  private record PostDate(String field, String value) {}

  /** WordPress takes a date only with its seconds ({@code 2025-02-18T19:30} is refused, 400). */
  private static final DateTimeFormatter POST_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

  /** A date-only or local value is site time ({@code date}); one with an offset is GMT. */
  private static Optional<PostDate> date(String published) {
    if (published == null || published.isBlank()) {
      return Optional.empty();
    }
    try {
      if (published.length() == 10) {
        return Optional.of(
            new PostDate("date", POST_DATE.format(LocalDate.parse(published).atStartOfDay())));
      }
      try {
        OffsetDateTime at = OffsetDateTime.parse(published);
        return Optional.of(
            new PostDate("date_gmt", POST_DATE.format(at.withOffsetSameInstant(ZoneOffset.UTC))));
      } catch (DateTimeParseException noOffset) {
        return Optional.of(new PostDate("date", POST_DATE.format(LocalDateTime.parse(published))));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty(); // an unreadable date is flagged upstream; the post gets none
    }
  }

  /**
   * An embargoed entry's post is dated when the embargo lifts (when the notice said so to the
   * minute, with its zone): the draft, once the editor publishes it, is scheduled for that moment.
   */
  private static Optional<PostDate> embargoLifts(Entry entry) {
    if (!(entry.metadata().get(Entry.EMBARGO_LIFTS) instanceof String lifts)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PostDate(
              "date_gmt", POST_DATE.format(Instant.parse(lifts).atOffset(ZoneOffset.UTC))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String json(Object value) {
    try {
      return EntryJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
