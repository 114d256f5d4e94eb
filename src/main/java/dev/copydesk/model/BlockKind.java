package dev.copydesk.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of body block an entry carries. */
public enum BlockKind {
  PARAGRAPH,
  HEADING,
  QUOTE,
  CAPTION,
  LIST,
  /**
   * A table of data (results, times, figures): its rows in order, one per line, each row's cells
   * separated by a tab, every row as wide as the widest ({@code "Ward\tTurnout\nNorthgate\t44%"}).
   */
  TABLE;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
