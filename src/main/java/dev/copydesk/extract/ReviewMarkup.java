package dev.copydesk.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tracked changes and comments a word-processor file still holds, as properties: {@value #CHANGES}
 * and {@value #COMMENTS}, each only when there is at least one. Normalisation raises {@code
 * REVIEW_MARKUP} from them.
 */
final class ReviewMarkup {

  static final String CHANGES = "review:trackedChanges";
  static final String COMMENTS = "review:comments";

  private ReviewMarkup() {}

  static Map<String, List<String>> properties(int changes, int comments) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    if (changes > 0) {
      properties.put(CHANGES, List.of(Integer.toString(changes)));
    }
    if (comments > 0) {
      properties.put(COMMENTS, List.of(Integer.toString(comments)));
    }
    return properties;
  }
}
