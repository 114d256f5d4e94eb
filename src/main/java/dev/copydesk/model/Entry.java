package dev.copydesk.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One normalised article: entry JSON, schema version 1 (see ARCHITECTURE.md). {@code id} is stable:
 * the same source bytes give the same id, and it is the external id in the CMS.
 */
@JsonPropertyOrder({
  "schemaVersion",
  "id",
  "source",
  "title",
  "standfirst",
  "authors",
  "published",
  "language",
  "wordCount",
  "body",
  "removed",
  "flags",
  "metadata"
})
public record Entry(
    int schemaVersion,
    String id,
    Source source,
    String title,
    String standfirst,
    List<String> authors,
    String published,
    String language,
    int wordCount,
    List<Block> body,
    List<Removal> removed,
    List<Flag> flags,
    Map<String, Object> metadata) {

  public static final int SCHEMA_VERSION = 1;

  /**
   * The metadata key of the moment an embargo lifts (ISO instant, UTC), when the notice named a
   * time with its zone and a day; targets that schedule posts read it.
   */
  public static final String EMBARGO_LIFTS = "text:embargoLifts";

  public Entry {
    authors = List.copyOf(authors);
    body = List.copyOf(body);
    removed = List.copyOf(removed);
    flags = List.copyOf(flags);
    metadata = Map.copyOf(metadata);
  }

  public Entry withBody(List<Block> newBody, int newWordCount) {
    return new Entry(
        schemaVersion,
        id,
        source,
        title,
        standfirst,
        authors,
        published,
        language,
        newWordCount,
        newBody,
        removed,
        flags,
        metadata);
  }

  public Entry withRemoved(List<Removal> newRemoved) {
    return new Entry(
        schemaVersion,
        id,
        source,
        title,
        standfirst,
        authors,
        published,
        language,
        wordCount,
        body,
        newRemoved,
        flags,
        metadata);
  }

  public Entry withFlags(List<Flag> newFlags) {
    return new Entry(
        schemaVersion,
        id,
        source,
        title,
        standfirst,
        authors,
        published,
        language,
        wordCount,
        body,
        removed,
        newFlags,
        metadata);
  }
}
