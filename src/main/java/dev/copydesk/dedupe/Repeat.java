package dev.copydesk.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of repeating blocks inside one article: {@code blocks[n]} repeats {@code firsts[n]}. Built
 * from single pairs by {@link #runs}: a section pasted twice is one repeat, not one per paragraph.
 */
record Repeat(List<Integer> blocks, List<Integer> firsts, double similarity) {

  /** One block repeating another, with how similar they are (1.0 for word for word). */
  record Pair(int block, int first, double similarity) {}

  /**
   * Groups pairs (sorted by block) into runs: consecutive blocks repeating consecutive blocks. The
   * run's similarity is its weakest pair's.
   */
  static List<Repeat> runs(List<Pair> pairs) {
    List<Repeat> runs = new ArrayList<>();
    List<Pair> run = new ArrayList<>();
    for (Pair pair : pairs) {
      Pair last = run.isEmpty() ? null : run.get(run.size() - 1);
      if (last != null && (pair.block() != last.block() + 1 || pair.first() != last.first() + 1)) {
        runs.add(of(run));
        run = new ArrayList<>();
      }
      run.add(pair);
    }
    if (!run.isEmpty()) {
      runs.add(of(run));
    }
    return runs;
  }

  private static Repeat of(List<Pair> run) {
    return new Repeat(
        run.stream().map(Pair::block).toList(),
        run.stream().map(Pair::first).toList(),
        run.stream().mapToDouble(Pair::similarity).min().orElse(1));
  }
}
