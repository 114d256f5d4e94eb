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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The table printed after a batch or an archive job: one row per file, then every failure with its
 * code; for a long job the totals, the flags counted and the failures only. Both sources are turned
 * into the same {@link Row}s so the two look alike.
 */
final class SummaryTable {

  private static final int TITLE_WIDTH = 44;
  private static final Set<String> SUCCESS_STATES = Set.of("delivered", "skipped");

  /** Above this many files a row per file would scroll the progress and the totals away. */
  static final int MAX_ROWS = 100;

  /** Failures listed when the rows are not: a broken archive of thousands must not flood either. */
  static final int MAX_FAILURES = 50;

  /**
   * One file's line. {@code failure} is null when the file is fine; {@code code} is shown in the
   * flags column of a file that could not be read.
   */
  record Row(
      String file, String title, String words, String delivery, String flags, String failure) {}

  private final List<Row> rows;

  /** Each accepted file's flag codes. */
  private final List<Set<String>> flagged;

  /** The table of a batch of files, {@code results} in the order of {@code files}. */
  static SummaryTable ofBatch(List<IngestResult> results, List<Path> files) {
    return new SummaryTable(rowsOf(results, files), flagsOf(results));
  }

  private SummaryTable(List<Row> rows, List<Set<String>> flagged) {
    this.rows = List.copyOf(rows);
    this.flagged = List.copyOf(flagged);
  }

  /** The table of a job's files (their delivery as they give it; a dry run's is "skipped"). */
  static SummaryTable ofJob(List<JobFile> files, boolean dryRun) {
    List<Row> rows = new ArrayList<>();
    List<Set<String>> flagged = new ArrayList<>();
    for (JobFile file : files) {
      if (file.state() != FileState.DONE) {
        String code = file.code() == null ? "NOT_RUN" : file.code();
        String detail = file.detail() == null ? "not processed" : file.detail();
        rows.add(new Row(file.file(), "(failed)", "-", "-", code, code + " - " + detail));
        continue;
      }
      String delivery = dryRun ? "skipped" : file.delivery();
      Set<String> codes = new LinkedHashSet<>(file.flags());
      flagged.add(codes);
      String flags = codes.isEmpty() ? "-" : String.join(",", codes);
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
    return new SummaryTable(rows, flagged);
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

  /**
   * Prints a row per file, the totals, then every failure; above {@link #MAX_ROWS} files, the
   * totals, the flags counted and the first {@link #MAX_FAILURES} failures only, then {@code
   * everyRow}: where the full table is.
   */
  void print(PrintWriter out, String everyRow) {
    List<String> failures =
        rows.stream()
            .filter(row -> row.failure() != null)
            .map(row -> row.file() + ": " + row.failure())
            .toList();
    boolean everyFile = rows.size() <= MAX_ROWS;
    if (everyFile) {
      printRows(out);
      out.println();
    }
    out.printf(
        "%d %s: %d ok, %d failed%n",
        rows.size(),
        rows.size() == 1 ? "file" : "files",
        rows.size() - failures.size(),
        failures.size());
    if (everyFile) {
      failures.forEach(failure -> out.println("  " + failure));
      return;
    }
    out.println("flags: " + flagCounts());
    failures.stream().limit(MAX_FAILURES).forEach(failure -> out.println("  " + failure));
    if (failures.size() > MAX_FAILURES) {
      out.printf("  ... and %d more failed%n", failures.size() - MAX_FAILURES);
    }
    out.println(everyRow);
  }

  private void printRows(PrintWriter out) {
    int fileWidth = Math.max(4, rows.stream().mapToInt(row -> row.file().length()).max().orElse(4));
    String format = "%-" + fileWidth + "s  %-" + TITLE_WIDTH + "s  %6s  %-10s  %s%n";
    out.printf(format, "FILE", "TITLE", "WORDS", "DELIVERY", "FLAGS");
    for (Row row : rows) {
      out.printf(format, row.file(), row.title(), row.words(), row.delivery(), row.flags());
    }
  }

  /** How many files carry each flag, the most frequent first: "CODE n, CODE n" or "none". */
  private String flagCounts() {
    Map<String, Integer> counts = new HashMap<>();
    flagged.forEach(codes -> codes.forEach(code -> counts.merge(code, 1, Integer::sum)));
    return counts.isEmpty()
        ? "none"
        : counts.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(count -> count.getKey() + " " + count.getValue())
            .collect(Collectors.joining(", "));
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

  private static List<Set<String>> flagsOf(List<IngestResult> results) {
    return results.stream()
        .map(IngestResult::outcome)
        .filter(Outcome.Accepted.class::isInstance)
        .map(accepted -> codesOf(((Outcome.Accepted) accepted).entry().flags()))
        .toList();
  }

  private static Set<String> codesOf(List<Flag> flags) {
    Set<String> codes = new LinkedHashSet<>();
    flags.forEach(flag -> codes.add(flag.code().name()));
    return codes;
  }

  private static String flagCodes(List<Flag> flags) {
    Set<String> codes = codesOf(flags);
    return codes.isEmpty() ? "-" : String.join(",", codes);
  }

  private static String clip(String text) {
    return text.length() <= TITLE_WIDTH ? text : text.substring(0, TITLE_WIDTH - 1) + "…";
  }
}
