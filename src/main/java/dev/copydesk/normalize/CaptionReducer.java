package dev.copydesk.normalize;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scrapers repeat an image caption once per rendition (alt text, figcaption, credit line). A run of
 * consecutive short lines that repeat one caption, exactly or with a credit appended, becomes one
 * caption block: the fullest version. Repeats of prose paragraphs are left to duplicate detection.
 */
final class CaptionReducer {

  static final String REASON = "repeated-caption";
  static final int MAX_WORDS = 60;

  private CaptionReducer() {}

  static Pass reduce(List<Unit> units) {
    List<Unit> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    int i = 0;
    while (i < units.size()) {
      int end = runEnd(units, i);
      if (end - i < 2) {
        kept.add(units.get(i));
      } else {
        List<Unit> run = units.subList(i, end);
        Unit fullest = run.stream().max(Comparator.comparingInt(u -> u.text().length())).get();
        kept.add(fullest.withKind(BlockKind.CAPTION));
        run.stream()
            .filter(u -> u != fullest)
            .forEach(u -> removed.add(Removals.one(u.text(), REASON)));
      }
      i = Math.max(end, i + 1);
    }
    return new Pass(kept, removed);
  }

  /** The end (exclusive) of the run of captions repeating the one at {@code start}. */
  private static int runEnd(List<Unit> units, int start) {
    Unit first = units.get(start);
    int end = start + 1;
    while (end < units.size() && repeats(first, units.get(end))) {
      end++;
    }
    return end;
  }

  private static boolean repeats(Unit first, Unit other) {
    boolean captionLike =
        (first.line() && other.line() && first.origin() == other.origin())
            || (first.kind() == BlockKind.CAPTION && other.kind() == BlockKind.CAPTION);
    if (!captionLike || first.words() > MAX_WORDS || other.words() > MAX_WORDS) {
      return false;
    }
    String a = first.text();
    String b = other.text();
    return a.equals(b) || b.startsWith(a + " ") || a.startsWith(b + " ");
  }
}
