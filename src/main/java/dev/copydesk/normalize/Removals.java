package dev.copydesk.normalize;

import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups removals: the same text removed for the same reason is one entry with a count. */
final class Removals {

  private Removals() {}

  static Removal one(String text, String reason) {
    return new Removal(text, reason, 1);
  }

  /** Identical (text, reason) pairs merged, in order of first occurrence. */
  static List<Removal> group(List<Removal> removals) {
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (Removal r : removals) {
      counts.merge(List.of(r.text(), r.reason()), r.count(), Integer::sum);
    }
    List<Removal> grouped = new ArrayList<>();
    counts.forEach((key, count) -> grouped.add(new Removal(key.get(0), key.get(1), count)));
    return grouped;
  }
}
