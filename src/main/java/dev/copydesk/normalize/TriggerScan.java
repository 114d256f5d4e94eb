package dev.copydesk.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rows of the boilerplate table have a trigger word in a text, found in one pass over the
 * text instead of one search per trigger (every line of every file is asked, ~70 triggers). Each
 * trigger is filed under its first two chars; at each position only the triggers filed under the
 * pair there are compared. Chars are case-folded one at a time as {@link BoilerplateRule#fold}
 * folds them, so the answer is the rows for which {@code caseFold(text)} contains a trigger.
 */
final class TriggerScan {

  private static final int ASCII = 128;

  /** Indexed by {@code first * 128 + second} char of the triggers filed there. */
  private final String[][] triggers;

  /** For each filed trigger, the rows (bits) that name it. */
  private final long[][] rows;

  private TriggerScan(String[][] triggers, long[][] rows) {
    this.triggers = triggers;
    this.rows = rows;
  }

  /**
   * @throws IllegalArgumentException for more than 64 rows, or a trigger that is not lower-case
   *     ASCII of two chars or more (the pair index and the folding rely on both)
   */
  static TriggerScan of(List<BoilerplateRule> table) {
    if (table.size() > Long.SIZE) {
      throw new IllegalArgumentException("more rows than bits in a long: " + table.size());
    }
    Map<Integer, Map<String, Long>> filed = new LinkedHashMap<>();
    for (int row = 0; row < table.size(); row++) {
      for (String trigger : table.get(row).triggers()) {
        if (trigger.length() < 2
            || !trigger.chars().allMatch(c -> c < ASCII && BoilerplateRule.fold((char) c) == c)) {
          throw new IllegalArgumentException("not a lower-case ASCII trigger: " + trigger);
        }
        filed
            .computeIfAbsent(
                trigger.charAt(0) * ASCII + trigger.charAt(1), k -> new LinkedHashMap<>())
            .merge(trigger, 1L << row, (a, b) -> a | b);
      }
    }
    String[][] triggers = new String[ASCII * ASCII][];
    long[][] rows = new long[ASCII * ASCII][];
    filed.forEach(
        (pair, byTrigger) -> {
          triggers[pair] = byTrigger.keySet().toArray(String[]::new);
          rows[pair] = byTrigger.values().stream().mapToLong(Long::longValue).toArray();
        });
    return new TriggerScan(triggers, rows);
  }

  /** The rows (bit {@code i} for row {@code i}) with a trigger somewhere in the folded text. */
  long rowsMentionedIn(String text) {
    long found = 0;
    char previous = text.isEmpty() ? 0 : BoilerplateRule.fold(text.charAt(0));
    for (int i = 1; i < text.length(); i++) {
      char current = BoilerplateRule.fold(text.charAt(i));
      if (previous < ASCII && current < ASCII) {
        int pair = previous * ASCII + current;
        String[] here = triggers[pair];
        for (int k = 0; here != null && k < here.length; k++) {
          if (continuesWith(text, i + 1, here[k])) {
            found |= rows[pair][k];
          }
        }
      }
      previous = current;
    }
    return found;
  }

  /** Whether the text from {@code at} folds to the trigger's chars after its first two. */
  private static boolean continuesWith(String text, int at, String trigger) {
    int rest = trigger.length() - 2;
    if (at + rest > text.length()) {
      return false;
    }
    for (int j = 0; j < rest; j++) {
      if (BoilerplateRule.fold(text.charAt(at + j)) != trigger.charAt(j + 2)) {
        return false;
      }
    }
    return true;
  }
}
