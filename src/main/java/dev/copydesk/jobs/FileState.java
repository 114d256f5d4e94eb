package dev.copydesk.jobs;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where one file of a job stands: waiting, turned into an entry, or failed with a code. */
public enum FileState {
  PENDING,
  DONE,
  FAILED;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static FileState of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
