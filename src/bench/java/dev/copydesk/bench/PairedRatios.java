package dev.copydesk.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each copydesk run against the baseline runs next to it in the order they ran (the mean of the one
 * before and the one after, or the one there is), so that a machine that slows down or speeds up
 * during a long benchmark weighs on both sides of a ratio alike. With {@code plain,forked,
 * in-process,plain,in-process,forked,plain,...} every subject gets one paired ratio per round; a
 * subject run more than once is summarised by its median and range.
 */
final class PairedRatios {

  private PairedRatios() {}

  static String report(List<BulkRun> runs) {
    Map<String, List<Double>> bySubject = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    out.append("bulk: paired ratios (files/s over the baseline runs next to each run)\n");
    for (int i = 0; i < runs.size(); i++) {
      BulkRun run = runs.get(i);
      double baseline = neighbouringBaseline(runs, i);
      if (isBaseline(run) || Double.isNaN(baseline)) {
        continue;
      }
      double ratio = run.filesPerSecond() / baseline;
      bySubject.computeIfAbsent(run.subject(), s -> new ArrayList<>()).add(ratio);
      out.append(
          String.format(
              Locale.ROOT,
              "  run %2d %-40s %7.2f files/s  baseline %7.2f  ratio %.2fx%n",
              i + 1,
              run.subject(),
              run.filesPerSecond(),
              baseline,
              ratio));
    }
    bySubject.forEach(
        (subject, ratios) -> {
          if (ratios.size() > 1) {
            List<Double> sorted = ratios.stream().sorted().toList();
            out.append(
                String.format(
                    Locale.ROOT,
                    "  %-47s median %.2fx over %d runs (%.2f-%.2fx)%n",
                    subject,
                    median(sorted),
                    sorted.size(),
                    sorted.get(0),
                    sorted.get(sorted.size() - 1)));
          }
        });
    return out.toString();
  }

  /** The mean files/s of the nearest baseline run before {@code i} and after it; NaN if none. */
  private static double neighbouringBaseline(List<BulkRun> runs, int i) {
    List<Double> near = new ArrayList<>();
    for (int j = i - 1; j >= 0; j--) {
      if (isBaseline(runs.get(j))) {
        near.add(runs.get(j).filesPerSecond());
        break;
      }
    }
    for (int j = i + 1; j < runs.size(); j++) {
      if (isBaseline(runs.get(j))) {
        near.add(runs.get(j).filesPerSecond());
        break;
      }
    }
    return near.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  private static boolean isBaseline(BulkRun run) {
    return run.subject().startsWith("plain");
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
