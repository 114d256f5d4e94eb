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
  static final String HIDDEN = "review:hiddenText";

  private ReviewMarkup() {}

  static Map<String, List<String>> properties(int changes, int comments) {
    return properties(changes, comments, 0);
  }

  static Map<String, List<String>> properties(int changes, int comments, int hidden) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    if (hidden > 0) {
      properties.put(HIDDEN, List.of(Integer.toString(hidden)));
    }
    if (changes > 0) {
      properties.put(CHANGES, List.of(Integer.toString(changes)));
    }
    if (comments > 0) {
      properties.put(COMMENTS, List.of(Integer.toString(comments)));
    }
    return properties;
  }
}
