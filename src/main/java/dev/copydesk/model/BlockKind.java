package dev.copydesk.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of body block an entry carries. */
public enum BlockKind {
  PARAGRAPH,
  HEADING,
  QUOTE,
  CAPTION,
  LIST;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
