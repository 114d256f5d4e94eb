package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.model.Entry;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The post's date as WordPress takes it: always with seconds (it refuses {@code 2025-02-18T19:30}
 * with a 400, which would dead-letter the entry), in GMT when the entry's date has an offset, and
 * the moment an embargo lifts when the entry knows it. The same dates go to a real site in {@link
 * WordPressDeliveryTest}.
 */
class WordPressPostTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          2025-02-18                | -                    | date     | 2025-02-18T00:00:00
          2025-02-18T14:30:00-05:00 | -                    | date_gmt | 2025-02-18T19:30:00
          2025-02-18T14:30+01:00    | -                    | date_gmt | 2025-02-18T13:30:00
          2025-02-18T14:30          | -                    | date     | 2025-02-18T14:30:00
          2025-02-18T14:30:15.250   | -                    | date     | 2025-02-18T14:30:15
          2025-03-04                | 2025-03-05T00:01:00Z | date_gmt | 2025-03-05T00:01:00
          """)
  void thePostDateHasItsSecondsAndAnEmbargoDatesThePost(
      String published, String lifts, String field, String value) {
    Map<String, Object> metadata = lifts == null ? Map.of() : Map.of(Entry.EMBARGO_LIFTS, lifts);
    ObjectNode post =
        WordPressPost.payload(Entries.dated(Entries.entry("d1", "Dated"), published, metadata));
    assertThat(post.path(field).asText()).isEqualTo(value);
    assertThat(post.has(field.equals("date") ? "date_gmt" : "date")).isFalse();
  }
}
