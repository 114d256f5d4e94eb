package dev.copydesk.model;

import java.util.List;
import java.util.Map;

/**
 * What extraction hands to normalisation: the source, the structured blocks in reading order and
 * the document's own properties (keys as Tika names them, e.g. {@code dc:title}), each with all its
 * values.
 */
public record Extracted(
    Source source, List<RawBlock> blocks, Map<String, List<String>> properties) {

  public Extracted {
    blocks = List.copyOf(blocks);
    properties = Map.copyOf(properties);
  }

  /** The first value of a property, or null. */
  public String property(String key) {
    List<String> values = properties.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
