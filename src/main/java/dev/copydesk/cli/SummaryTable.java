package dev.copydesk.cli;

import dev.copydesk.jobs.FileState;
import dev.copydesk.jobs.IngestResult;
import dev.copydesk.jobs.JobFile;
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

/**
 * The table printed after a batch or an archive job: one row per file, then every failure with its
 * code. Both sources are turned into the same {@link Row}s so the two look alike.
 */
final class SummaryTable {

  private static final int TITLE_WIDTH = 44;
  private static final Set<String> SUCCESS_STATES = Set.of("delivered", "skipped");

  /**
   * One file's line. {@code failure} is null when the file is fine; {@code code} is shown in the
   * flags column of a file that could not be read.
   */
  record Row(
      String file, String title, String words, String delivery, String flags, String failure) {}

  private final List<Row> rows;

  SummaryTable(List<IngestResult> results, List<Path> files) {
    this(rowsOf(results, files));
  }

  private SummaryTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * The table of a job's files, each entry with its delivery state as the publisher knows it now.
   */
  static SummaryTable ofJob(List<JobFile> files, Publisher publisher, boolean dryRun) {
    List<Row> rows = new ArrayList<>();
    for (JobFile file : files) {
      if (file.state() != FileState.DONE) {
        String code = file.code() == null ? "NOT_RUN" : file.code();
        String detail = file.detail() == null ? "not processed" : file.detail();
        rows.add(new Row(file.file(), "(failed)", "-", "-", code, code + " - " + detail));
        continue;
      }
      String delivery =
          dryRun
              ? "skipped"
              : publisher.status(file.entryId()).map(DeliveryStatus::state).orElse(file.delivery());
      String flags =
          file.flags().isEmpty() ? "-" : String.join(",", new LinkedHashSet<>(file.flags()));
      rows.add(
          new Row(
              file.file(),
              clip(file.title() == null ? "(no title)" : file.title()),
              String.valueOf(file.words()),
              delivery == null ? "-" : delivery,
              flags,
              delivery != null && SUCCESS_STATES.contains(delivery)
                  ? null
                  : "delivery " + delivery));
    }
    return new SummaryTable(rows);
  }

  static boolean succeeded(IngestResult result) {
    return result.outcome() instanceof Outcome.Accepted
        && result.delivery() != null
        && SUCCESS_STATES.contains(result.delivery().state());
  }

  boolean allSucceeded() {
    return rows.stream().allMatch(row -> row.failure() == null);
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
    int fileWidth = Math.max(4, rows.stream().mapToInt(row -> row.file().length()).max().orElse(4));
    String format = "%-" + fileWidth + "s  %-" + TITLE_WIDTH + "s  %6s  %-10s  %s%n";
    out.printf(format, "FILE", "TITLE", "WORDS", "DELIVERY", "FLAGS");
    List<String> failures = new ArrayList<>();
    for (Row row : rows) {
      out.printf(format, row.file(), row.title(), row.words(), row.delivery(), row.flags());
      if (row.failure() != null) {
        failures.add(row.file() + ": " + row.failure());
      }
    }
    out.printf(
        "%n%d %s: %d ok, %d failed%n",
        rows.size(),
        rows.size() == 1 ? "file" : "files",
        rows.size() - failures.size(),
        failures.size());
    failures.forEach(failure -> out.println("  " + failure));
  }

  private static List<Row> rowsOf(List<IngestResult> results, List<Path> files) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      IngestResult result = results.get(i);
      String file = files.get(i).toString();
      if (result.outcome() instanceof Outcome.Accepted accepted) {
        Entry entry = accepted.entry();
        String delivery = result.delivery() == null ? "-" : result.delivery().state();
        rows.add(
            new Row(
                file,
                clip(entry.title() == null ? "(no title)" : entry.title()),
                String.valueOf(entry.wordCount()),
                delivery,
                flagCodes(entry.flags()),
                succeeded(result) ? null : "delivery " + delivery + detail(result.delivery())));
      } else {
        Outcome.Rejected rejected = (Outcome.Rejected) result.outcome();
        String code = rejected.error().code().name();
        rows.add(
            new Row(file, "(failed)", "-", "-", code, code + " - " + rejected.error().detail()));
      }
    }
    return rows;
  }

  private static String detail(DeliveryStatus delivery) {
    return delivery == null || delivery.detail() == null ? "" : " - " + delivery.detail();
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
