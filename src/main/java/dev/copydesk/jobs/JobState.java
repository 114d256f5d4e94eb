package dev.copydesk.jobs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a job stands. {@code done} means every file has an outcome, even if all failed (partial
 * success is the normal case); {@code failed} means the job itself could not run.
 */
public enum JobState {
  QUEUED,
  RUNNING,
  DONE,
  CANCELLED,
  FAILED;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean terminal() {
    return this == DONE || this == CANCELLED || this == FAILED;
  }

  static JobState of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
