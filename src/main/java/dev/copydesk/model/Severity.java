package dev.copydesk.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a flag should worry the editor. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
