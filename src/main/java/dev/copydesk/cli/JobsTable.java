package dev.copydesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** How {@code copydesk jobs} prints job statuses and report rows (plain text, fixed columns). */
final class JobsTable {

  private static final Set<String> ENDED = Set.of("done", "cancelled", "failed");
  private static final String ROW = "%-16s  %-9s  %6s  %9s  %9s  %6s  %s";
  private static final List<String> DETAILS =
      List.of(
          "state",
          "total",
          "processed",
          "accepted",
          "delivered",
          "flagged",
          "failed",
          "filesPerSecond",
          "etaSeconds",
          "created",
          "started",
          "finished");

  private JobsTable() {}

  static String header() {
    return ROW.formatted("ID", "STATE", "TOTAL", "PROCESSED", "DELIVERED", "FAILED", "NAME");
  }

  static String row(JsonNode job) {
    return ROW.formatted(
        job.path("id").asText(),
        job.path("state").asText(),
        job.path("total").asInt(),
        job.path("processed").asInt(),
        job.path("delivered").asInt(),
        job.path("failed").asInt(),
        job.path("name").asText());
  }

  static void details(JsonNode job, PrintWriter out) {
    out.println("job " + job.path("id").asText() + " (" + job.path("name").asText() + ")");
    for (String field : DETAILS) {
      if (job.hasNonNull(field)) {
        out.printf("  %-15s %s%n", field, job.get(field).asText());
      }
    }
  }

  static List<JsonNode> failed(JsonNode files) {
    List<JsonNode> failed = new ArrayList<>();
    files.forEach(
        file -> {
          if ("failed".equals(file.path("state").asText())) {
            failed.add(file);
          }
        });
    return failed;
  }

  static String failure(JsonNode file) {
    return "  FAILED %s  %s  %s"
        .formatted(
            file.path("file").asText(), file.path("code").asText(), file.path("detail").asText());
  }

  static boolean ended(JsonNode status) {
    return ENDED.contains(status.path("state").asText());
  }

  static String progress(JsonNode status) {
    int total = Math.max(1, status.path("total").asInt());
    int processed = status.path("processed").asInt();
    int width = 30;
    int filled = (int) ((long) processed * width / total);
    String eta = status.hasNonNull("etaSeconds") ? status.get("etaSeconds").asText() + " s" : "?";
    String waiting =
        status.has("waiting") ? "  waiting: " + status.get("waiting").path("code").asText() : "";
    return "[%s%s] %d/%d  %.1f files/s  ETA %s  failed %d%s"
        .formatted(
            "#".repeat(filled),
            " ".repeat(width - filled),
            processed,
            status.path("total").asInt(),
            status.path("filesPerSecond").asDouble(),
            eta,
            status.path("failed").asInt(),
            waiting);
  }
}
