package dev.copydesk.cli;

import dev.copydesk.jobs.IngestResult;
import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import dev.copydesk.pipeline.Outcome;
import dev.copydesk.publish.Publisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The table printed after a batch: one row per file, then every failure with its code. */
final class SummaryTable {

  private static final int TITLE_WIDTH = 44;
  private static final Set<String> SUCCESS_STATES = Set.of("delivered", "skipped");

  private final List<IngestResult> results;
  private final List<Path> files;

  SummaryTable(List<IngestResult> results, List<Path> files) {
    this.results = results;
    this.files = files;
  }

  static boolean succeeded(IngestResult result) {
    return result.outcome() instanceof Outcome.Accepted
        && result.delivery() != null
        && SUCCESS_STATES.contains(result.delivery().state());
  }

  /** The results with each delivery state as the publisher knows it now. */
  static List<IngestResult> withLatestDelivery(List<IngestResult> results, Publisher publisher) {
    List<IngestResult> latest = new ArrayList<>();
    for (IngestResult result : results) {
      DeliveryStatus delivery = result.delivery();
      if (result.outcome() instanceof Outcome.Accepted accepted
          && delivery != null
          && !"skipped".equals(delivery.state())) {
        delivery = publisher.status(accepted.entry().id()).orElse(delivery);
      }
      latest.add(new IngestResult(result.outcome(), delivery));
    }
    return latest;
  }

  void print(PrintWriter out) {
    int fileWidth = Math.max(4, files.stream().mapToInt(f -> f.toString().length()).max().orElse(4));
    String format = "%-" + fileWidth + "s  %-" + TITLE_WIDTH + "s  %6s  %-10s  %s%n";
    out.printf(format, "FILE", "TITLE", "WORDS", "DELIVERY", "FLAGS");
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      IngestResult result = results.get(i);
      String file = files.get(i).toString();
      if (result.outcome() instanceof Outcome.Accepted accepted) {
        Entry entry = accepted.entry();
        out.printf(
            format,
            file,
            clip(entry.title() == null ? "(no title)" : entry.title()),
            entry.wordCount(),
            result.delivery() == null ? "-" : result.delivery().state(),
            flagCodes(entry.flags()));
        if (!succeeded(result)) {
          failures.add(file + ": delivery " + result.delivery().state() + detail(result.delivery()));
        }
      } else {
        Outcome.Rejected rejected = (Outcome.Rejected) result.outcome();
        out.printf(format, file, "(failed)", "-", "-", rejected.error().code());
        failures.add(file + ": " + rejected.error().code() + " - " + rejected.error().detail());
      }
    }
    out.printf(
        "%n%d files: %d ok, %d failed%n",
        results.size(), results.size() - failures.size(), failures.size());
    failures.forEach(failure -> out.println("  " + failure));
  }

  private static String detail(DeliveryStatus delivery) {
    return delivery.detail() == null ? "" : " - " + delivery.detail();
  }

  private static String flagCodes(List<Flag> flags) {
    Set<String> codes = new LinkedHashSet<>();
    flags.forEach(flag -> codes.add(flag.code().name()));
    return codes.isEmpty() ? "-" : String.join(",", codes);
  }

  private static String clip(String text) {
    return text.length() <= TITLE_WIDTH ? text : text.substring(0, TITLE_WIDTH - 1) + "…";
  }
}
