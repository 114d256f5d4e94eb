package dev.copydesk.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A metadata value and where it came from. {@code source} is the row of {@link MetadataSources}
 * that found it (ranks it); {@code from} is what the entry's provenance shows, with the file format
 * for document properties ({@code docx:dc:title}). Single-valued fields hold one value.
 */
record Found(
    MetadataSources.Field field,
    List<String> values,
    String source,
    String from,
    String confidence) {

  Found {
    values = List.copyOf(values);
  }

  String value() {
    return values.get(0);
  }

  Found withConfidence(String newConfidence) {
    return new Found(field, values, source, from, newConfidence);
  }

  /** The provenance object of entry JSON: {@code {"from": ..., "confidence": ...}}. */
  Map<String, Object> provenance() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("from", from);
    p.put("confidence", confidence);
    return p;
  }
}
