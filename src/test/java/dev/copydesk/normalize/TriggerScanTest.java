package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TriggerScanTest {

  private static final TriggerScan SCAN = TriggerScan.of(BoilerplateTable.ROWS);

  /**
   * Chars whose case fold is ASCII though they are not (Kelvin sign, long s, dotless i, dotted
   * capital I), and some that fold to themselves.
   */
  private static final String ODD_CHARS = "\u212a\u017f\u0131\u0130\u00df\u00e9\u00c9 /:.";

  @Test
  void findsTheRowsAFoldedSearchForEachTriggerFinds() {
    Random random = new Random(7);
    List<String> triggers =
        BoilerplateTable.ROWS.stream().flatMap(r -> r.triggers().stream()).toList();
    int mentioned = 0;
    for (int n = 0; n < 50_000; n++) {
      String text = text(random, triggers);
      long rows = SCAN.rowsMentionedIn(text);
      assertThat(rows).as(text).isEqualTo(naive(text));
      mentioned += rows != 0 ? 1 : 0;
    }
    assertThat(mentioned).isBetween(10_000, 45_000); // both answers were exercised
  }

  @Test
  void foldsLikeTheUnicodeTables() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(BoilerplateRule.fold(c))
          .as("U+%04X", (int) c)
          .isEqualTo(Character.toLowerCase(Character.toUpperCase(c)));
    }
  }

  @Test
  void refusesTriggersThePairIndexCannotFile() {
    BoilerplateRule upper =
        BoilerplateRule.rule(
            "x", "r", BoilerplateRule.Where.ANYWHERE, BoilerplateRule.Scope.WHOLE, "Share");
    BoilerplateRule single =
        BoilerplateRule.rule(
            "x", "r", BoilerplateRule.Where.ANYWHERE, BoilerplateRule.Scope.WHOLE, "x");
    assertThatThrownBy(() -> TriggerScan.of(List.of(upper)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TriggerScan.of(List.of(single)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long naive(String text) {
    String folded = BoilerplateRule.caseFold(text);
    long rows = 0;
    for (int row = 0; row < BoilerplateTable.ROWS.size(); row++) {
      if (BoilerplateTable.ROWS.get(row).triggers().stream().anyMatch(folded::contains)) {
        rows |= 1L << row;
      }
    }
    return rows;
  }

  /** Pieces of triggers (whole, cut short, upper-cased, odd chars swapped in) between noise. */
  private static String text(Random random, List<String> triggers) {
    StringBuilder text = new StringBuilder();
    for (int piece = random.nextInt(6); piece >= 0; piece--) {
      String trigger = triggers.get(random.nextInt(triggers.size()));
      switch (random.nextInt(5)) {
        case 0 -> text.append(trigger);
        case 1 -> text.append(trigger.toUpperCase(Locale.ROOT));
        case 2 -> text.append(trigger, 0, 1 + random.nextInt(trigger.length() - 1));
        case 3 -> text.append(oddly(random, trigger));
        default -> text.append((char) ('a' + random.nextInt(26)));
      }
      for (int noise = random.nextInt(3); noise > 0; noise--) {
        text.append(ODD_CHARS.charAt(random.nextInt(ODD_CHARS.length())));
      }
    }
    return text.toString();
  }

  private static String oddly(Random random, String trigger) {
    StringBuilder out = new StringBuilder();
    for (char c : trigger.toCharArray()) {
      out.append(
          switch (c) {
            case 'k' -> random.nextBoolean() ? '\u212a' : c;
            case 's' -> random.nextBoolean() ? '\u017f' : c;
            case 'i' -> random.nextBoolean() ? '\u0131' : '\u0130';
            default -> c;
          });
    }
    return out.toString();
  }
}
