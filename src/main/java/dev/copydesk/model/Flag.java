package dev.copydesk.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Something the editor should look at.
 *
 * <p>In entry JSON v1 {@code duplicateOf} is either the block indexes of the first occurrence (a
 * repeat inside the article) or the earlier entry's id (a cross-article match); Java keeps the two
 * apart as {@link #duplicateOfBlocks} and {@link #duplicateOfEntry}. {@code matchedBlocks} are the
 * block indexes in the earlier entry, for cross-article matches where they are known.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "code",
  "severity",
  "blocks",
  "duplicateOf",
  "matchedBlocks",
  "similarity",
  "message"
})
public record Flag(
    FlagCode code,
    Severity severity,
    List<Integer> blocks,
    @JsonIgnore List<Integer> duplicateOfBlocks,
    @JsonIgnore String duplicateOfEntry,
    List<Integer> matchedBlocks,
    Double similarity,
    String message) {

  public Flag {
    blocks = blocks == null ? null : List.copyOf(blocks);
    duplicateOfBlocks = duplicateOfBlocks == null ? null : List.copyOf(duplicateOfBlocks);
    matchedBlocks = matchedBlocks == null ? null : List.copyOf(matchedBlocks);
  }

  /** A flag about the entry as a whole (missing metadata, low confidence). */
  public static Flag of(FlagCode code, String message) {
    return new Flag(code, code.severity(), null, null, null, null, null, message);
  }

  /** A repeat inside one article. */
  public static Flag repeat(
      FlagCode code,
      List<Integer> blocks,
      List<Integer> firstOccurrence,
      double similarity,
      String message) {
    return new Flag(
        code, code.severity(), blocks, firstOccurrence, null, null, similarity, message);
  }

  /** A match against another entry; {@code otherBlocks} may be null when not known. */
  public static Flag crossEntry(
      FlagCode code,
      List<Integer> blocks,
      String otherEntryId,
      List<Integer> otherBlocks,
      double similarity,
      String message) {
    return new Flag(
        code, code.severity(), blocks, null, otherEntryId, otherBlocks, similarity, message);
  }

  @JsonProperty("duplicateOf")
  Object duplicateOfJson() {
    return duplicateOfEntry != null ? duplicateOfEntry : duplicateOfBlocks;
  }

  @JsonCreator
  static Flag fromJson(
      @JsonProperty("code") FlagCode code,
      @JsonProperty("severity") Severity severity,
      @JsonProperty("blocks") List<Integer> blocks,
      @JsonProperty("duplicateOf") Object duplicateOf,
      @JsonProperty("matchedBlocks") List<Integer> matchedBlocks,
      @JsonProperty("similarity") Double similarity,
      @JsonProperty("message") String message) {
    String entry = duplicateOf instanceof String id ? id : null;
    List<Integer> indexes = null;
    if (duplicateOf instanceof List<?> list) {
      indexes = new ArrayList<>();
      for (Object item : list) {
        indexes.add(((Number) item).intValue());
      }
    }
    return new Flag(code, severity, blocks, indexes, entry, matchedBlocks, similarity, message);
  }
}
