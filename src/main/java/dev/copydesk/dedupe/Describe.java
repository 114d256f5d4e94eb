package dev.copydesk.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * Block lists as an editor reads them: "Paragraphs 5–7", "paragraphs 2, 4 and 9–10", counted from 1
 * as the upload page and the WordPress note count them (entry JSON's indexes count from 0).
 */
final class Describe {

  private Describe() {}

  /** {@code noun} is singular ("Paragraph"); the plural adds an s. Indexes as in entry JSON. */
  static String blocks(String noun, List<Integer> indexes) {
    List<Integer> sorted = indexes.stream().sorted().map(index -> index + 1).toList();
    String label = sorted.size() == 1 ? noun : noun + "s";
    List<String> ranges = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      ranges.add(j == i ? "" + sorted.get(i) : sorted.get(i) + "–" + sorted.get(j));
      i = j + 1;
    }
    String joined =
        ranges.size() == 1
            ? ranges.get(0)
            : String.join(", ", ranges.subList(0, ranges.size() - 1))
                + " and "
                + ranges.get(ranges.size() - 1);
    return label + " " + joined;
  }
}
