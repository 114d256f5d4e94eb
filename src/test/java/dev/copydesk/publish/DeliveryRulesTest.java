package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule tables of delivery: HTTP statuses, backoff, WordPress markup and slugs. */
class DeliveryRulesTest {

  @ParameterizedTest
  @CsvSource({
    "400, PERMANENT",
    "401, PERMANENT",
    "403, PERMANENT",
    "404, PERMANENT",
    "413, PERMANENT",
    "422, PERMANENT",
    "408, RETRY",
    "425, RETRY",
    "429, RETRY",
    "500, RETRY",
    "502, RETRY",
    "503, RETRY",
    "504, RETRY",
    "409, CONFLICT"
  })
  void statusTable(int status, HttpReplies.Disposition expected) {
    assertThat(HttpReplies.disposition(status)).isEqualTo(expected);
  }

  @Test
  void retryAfterAsSecondsOrDate() {
    HttpHeaders seconds = HttpHeaders.of(Map.of("Retry-After", List.of("7")), (a, b) -> true);
    assertThat(HttpReplies.retryAfter(seconds)).contains(Duration.ofSeconds(7));
    String date =
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(30));
    HttpHeaders at = HttpHeaders.of(Map.of("Retry-After", List.of(date)), (a, b) -> true);
    assertThat(HttpReplies.retryAfter(at).orElseThrow())
        .isBetween(Duration.ofSeconds(25), Duration.ofSeconds(31));
  }

  @Test
  void backoffIsFullJitterUnderAnExponentialCapAndRetryAfterWins() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), 1);
    for (int attempts = 0; attempts < 8; attempts++) {
      long ceiling = Math.min(100L << attempts, 2_000);
      for (int i = 0; i < 50; i++) {
        assertThat(backoff.delay(attempts, Optional.empty()).toMillis()).isBetween(0L, ceiling);
      }
    }
    assertThat(backoff.delay(3, Optional.of(Duration.ofSeconds(9))))
        .isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void blocksAreGutenbergMarkupWithEscapedText() {
    String html =
        WordPressContent.blocks(
            List.of(
                new Block(0, BlockKind.PARAGRAPH, "Tom & \"Jerry\" <script>", null),
                new Block(1, BlockKind.HEADING, "Part 2", null),
                new Block(2, BlockKind.LIST, "one\ntwo", null)));
    assertThat(html)
        .isEqualTo(
            "<!-- wp:paragraph -->\n<p>Tom &amp; &quot;Jerry&quot; &lt;script&gt;</p>\n"
                + "<!-- /wp:paragraph -->\n\n<!-- wp:heading -->\n<h2>Part 2</h2>\n<!-- /wp:heading -->"
                + "\n\n<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>one</li>\n<!-- /wp:list-item -->"
                + "\n<!-- wp:list-item -->\n<li>two</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->");
  }

  @Test
  void slugsReadWellAndCarryTheEntryId() {
    assertThat(WordPressPost.slug(Entries.entry("3FA2b1c9d8e7f6a5", "Élections: the “big” day!")))
        .isEqualTo("elections-the-big-day-3fa2b1c9d8e7");
  }
}
