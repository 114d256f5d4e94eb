package dev.copydesk.normalize;

import dev.copydesk.model.Entry;
import dev.copydesk.model.Extracted;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entry's {@code metadata}: the raw document properties an editor may want to audit, and {@code
 * provenance}, where each metadata value came from and how sure we are of it.
 */
final class MetadataMap {

  /** Raw properties worth keeping for audit; everything else Tika reports is noise to an editor. */
  static final List<String> AUDIT_KEYS =
      List.of(
          "Content-Type",
          "Content-Encoding",
          "Content-Language",
          "dc:title",
          "dc:creator",
          "dc:description",
          "dc:publisher",
          "dc:language",
          "meta:author",
          "meta:last-author",
          "dcterms:created",
          "dcterms:modified",
          "meta:creation-date",
          "meta:page-count",
          "xmpTPg:NPages",
          "style:title",
          "style:subtitle",
          "style:byline",
          "review:trackedChanges",
          "review:comments",
          "review:hiddenText",
          "email:from",
          "email:signedBy",
          "email:attachments",
          "email:article",
          "email:unreadAttachment",
          "html:title",
          "html:exportedFrom",
          "og:title",
          "og:description",
          "og:site_name",
          "article:published_time",
          "article:author",
          "jsonld:headline",
          "jsonld:author",
          "jsonld:datePublished",
          "jsonld:description",
          "news:headline",
          "news:standfirst",
          "news:published",
          "news:slug",
          "news:id",
          "news:dateline",
          "news:copyright",
          "news:abstract",
          "news:embargoed",
          "wire:sent");

  static final String DATELINE = "text:dateline";
  static final String EMBARGO = "text:embargo";
  static final String EMBARGO_UNTIL = "text:embargoUntil";
  static final String AUTHOR_ROLE = "text:authorRole";
  static final String WITHDRAWAL = "text:withdrawal";
  static final String CORRECTION = "text:correction";
  static final String KICKER = "text:kicker";
  static final String AUTHOR_CONTACT = "text:authorContact";
  static final String SLUG = "text:slug";

  /**
   * What the text said about itself beyond the entry's fields: a dateline, an embargo notice, a
   * wire credit line, an agency's withdrawal of the story, a correction (each null when absent),
   * and the head's notes by their keys ({@link TopMatter.Head#notes}).
   */
  record TextNotes(
      String dateline,
      Embargoes.Notice embargo,
      String credits,
      String withdrawal,
      String correction,
      Map<String, String> head) {}

  private MetadataMap() {}

  static Map<String, Object> build(
      Extracted extracted, Map<String, Found> chosen, TextNotes notes) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String key : AUDIT_KEYS) {
      List<String> values = extracted.properties().get(key);
      if (values != null && !values.isEmpty()) {
        map.put(key, values.size() == 1 ? values.get(0) : List.copyOf(values));
      }
    }
    Optional.ofNullable(notes.dateline()).ifPresent(d -> map.put(DATELINE, d));
    Optional.ofNullable(notes.embargo())
        .ifPresent(
            e -> {
              map.put(EMBARGO, e.text());
              Optional.ofNullable(e.until()).ifPresent(d -> map.put(EMBARGO_UNTIL, d));
              Optional.ofNullable(e.lifts()).ifPresent(t -> map.put(Entry.EMBARGO_LIFTS, t));
            });
    Optional.ofNullable(notes.credits()).ifPresent(c -> map.put(WireCredits.METADATA_KEY, c));
    map.putAll(notes.head());
    Optional.ofNullable(notes.withdrawal()).ifPresent(w -> map.put(WITHDRAWAL, w));
    Optional.ofNullable(notes.correction()).ifPresent(c -> map.put(CORRECTION, c));
    Map<String, Object> provenance = new LinkedHashMap<>();
    chosen.forEach((field, found) -> provenance.put(field, found.provenance()));
    map.put("provenance", provenance);
    return map;
  }
}
