package dev.copydesk.normalize;

import static dev.copydesk.normalize.BoilerplateRule.rule;
import static dev.copydesk.normalize.BoilerplateRule.run;

import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two passes that apply the boilerplate table ({@link BoilerplateTable}): single blocks first
 * (ads, widgets, share text, credits), then, once footer metadata has been read, a related-content
 * heading in the lower half that takes the run of short blocks after it.
 */
final class BoilerplateRules {

  /** Blocks after a related-content heading longer than this are prose, not a link list. */
  static final int RUN_MAX_WORDS = 60;

  /** Which rows a text's trigger words point to: most texts mention none. */
  private static final TriggerScan TRIGGERS = TriggerScan.of(BoilerplateTable.ROWS);

  private BoilerplateRules() {}

  /** The first row matching the text, if any. */
  static Optional<BoilerplateRule> match(String text) {
    if (!BoilerplateRule.withinAnyScope(text)) {
      return Optional.empty();
    }
    for (long rows = TRIGGERS.rowsMentionedIn(text); rows != 0; rows &= rows - 1) {
      BoilerplateRule rule = BoilerplateTable.ROWS.get(Long.numberOfTrailingZeros(rows));
      if (rule.patternMatches(text)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** Removes single boilerplate blocks; unsure matches stay with a suspicion. */
  static Pass removeBlocks(List<Unit> units) {
    List<Unit> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      BoilerplateRule rule = match(unit.text()).orElse(null);
      if (rule == null || rule.effect() != BoilerplateRule.Effect.BLOCK) {
        kept.add(unit);
      } else if (rule.admits(i, units.size()) && occurrences(rule, units) >= rule.minRepeats()) {
        removed.add(Removals.one(unit.text(), rule.reason()));
      } else {
        kept.add(unit.suspected(rule.reason()));
      }
    }
    return new Pass(kept, removed);
  }

  /**
   * Removes the first related-content heading (or a press release's contacts or notes to editors)
   * in the lower half together with the short blocks after it; a heading elsewhere, or one followed
   * by prose, stays with a suspicion.
   */
  static Pass cutRunAtFoot(List<Unit> units) {
    List<Unit> kept = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      BoilerplateRule rule = match(unit.text()).orElse(null);
      if (rule == null || rule.effect() != BoilerplateRule.Effect.BLOCK_AND_RUN_AFTER) {
        kept.add(unit);
      } else if (rule.admits(i, units.size()) && shortRun(units.subList(i + 1, units.size()))) {
        List<Removal> removed = new ArrayList<>();
        units
            .subList(i, units.size())
            .forEach(u -> removed.add(Removals.one(u.text(), rule.reason())));
        return new Pass(kept, removed);
      } else {
        kept.add(unit.suspected(rule.reason()));
      }
    }
    return new Pass(kept, List.of());
  }

  private static boolean shortRun(List<Unit> run) {
    return run.stream().allMatch(u -> u.words() <= RUN_MAX_WORDS);
  }

  private static long occurrences(BoilerplateRule rule, List<Unit> units) {
    return units.stream().filter(u -> rule.matches(u.text())).count();
  }
}
