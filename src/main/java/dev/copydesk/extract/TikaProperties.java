package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;

/**
 * The document properties copydesk keeps from Tika's metadata, under Tika's own key names. A chosen
 * set, not the whole bag: what normalisation uses for title, authors, dates and language, plus the
 * content type for the audit trail. Values are trimmed, blank ones dropped, repeats removed (RTF
 * reports its author twice).
 */
final class TikaProperties {

  static final List<String> KEYS =
      List.of(
          "dc:title", // Word/ODF/PDF document title
          "dc:creator", // author(s)
          "meta:author", // older Tika name for the author, kept for documents that still carry it
          "meta:last-author", // who saved it last: weaker evidence of authorship
          "dc:description", // comments / summary
          "dc:subject", // subject / keywords
          "meta:keyword",
          "dc:language",
          "dc:publisher",
          "dcterms:created",
          "dcterms:modified",
          "xmpTPg:NPages", // page count (PDF, ODF): helps tell running headers from text
          "Content-Type");

  private TikaProperties() {}

  static Map<String, List<String>> select(Metadata metadata) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    for (String key : KEYS) {
      List<String> values = new ArrayList<>();
      for (String value : metadata.getValues(key)) {
        String clean = value == null ? "" : value.strip();
        if (!clean.isEmpty() && !values.contains(clean)) {
          values.add(clean);
        }
      }
      if (!values.isEmpty()) {
        properties.put(key, List.copyOf(values));
      }
    }
    return properties;
  }
}
