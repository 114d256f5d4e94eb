package dev.copydesk.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A job's progress, as {@code GET /api/v1/imports/{id}} shows it. {@code delivered} counts entries
 * the target confirmed; {@code accepted} those durably handed to delivery (delivered or not yet);
 * {@code flagged} entries with at least one flag; {@code failed} files with an error code. Times
 * are ISO-8601 instants; {@code etaSeconds} is null when unknown. {@code waiting} is there only
 * while the job's files wait for something outside the job (a full disk), with a stable code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "id",
  "name",
  "state",
  "dryRun",
  "created",
  "started",
  "finished",
  "total",
  "processed",
  "accepted",
  "delivered",
  "flagged",
  "failed",
  "filesPerSecond",
  "etaSeconds",
  "waiting"
})
public record JobStatus(
    String id,
    String name,
    JobState state,
    boolean dryRun,
    String created,
    String started,
    String finished,
    int total,
    int processed,
    int accepted,
    int delivered,
    int flagged,
    int failed,
    double filesPerSecond,
    Long etaSeconds,
    Waiting waiting) {

  /** Why a running job's files are waiting, and since when. */
  public record Waiting(String code, String detail, String since) {}
}
