package dev.copydesk.normalize;

import static dev.copydesk.normalize.NormalizerTest.BODY;
import static dev.copydesk.normalize.NormalizerTest.DOCX;
import static dev.copydesk.normalize.NormalizerTest.extracted;
import static dev.copydesk.normalize.NormalizerTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.RawBlock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KickersTest {

  private static final String HEADLINE = "Council restores library hours after a year of cuts";

  @ParameterizedTest(name = "''{0}'' over ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          OPINION           | Council restores library hours after a year of cuts | true
          Analysis          | Council restores library hours after a year of cuts | true
          EXCLUSIVE:        | Council restores library hours after a year of cuts | true
          Breaking News —   | Council restores library hours after a year of cuts | true
          Harbor:           | Council restores library hours after a year of cuts | true
          FERRY STRIKE ENDS | Crews return after three-day walkout              | false
          Opinion           | Council votes                                       | false
          Opinion           | The council voted on Tuesday night to restore hours. | false
          Budget 2025:      | Council restores library hours after a year of cuts | false
          A long label here: | Council restores library hours after a year of cuts | false
          """)
  void aKickerIsAShortLabelOverALongerHeadline(String line, String next, boolean kicker) {
    Unit unit = Unit.of(BlockKind.PARAGRAPH, line);
    assertThat(Kickers.isKicker(unit, Unit.of(BlockKind.PARAGRAPH, next))).isEqualTo(kicker);
  }

  @Test
  void theKickerIsRecordedAndTheHeadlineIsTheTitle() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of(),
                RawBlock.of(BlockKind.PARAGRAPH, "ANALYSIS:"),
                RawBlock.of(BlockKind.HEADING, HEADLINE),
                RawBlock.of(BlockKind.PARAGRAPH, "By Jane Doe"),
                RawBlock.of(BlockKind.PARAGRAPH, BODY)));

    assertThat(entry.title()).isEqualTo(HEADLINE);
    assertThat(entry.standfirst()).isNull();
    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(entry.metadata()).containsEntry("text:kicker", "ANALYSIS");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY);
  }

  @Test
  void aKickerOverTheLineRepeatingTheTitlePropertyLeavesTheBody() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of("dc:title", List.of(HEADLINE)),
                RawBlock.of(BlockKind.PARAGRAPH, "Opinion"),
                RawBlock.of(BlockKind.HEADING, HEADLINE),
                RawBlock.of(BlockKind.PARAGRAPH, BODY)));

    assertThat(entry.metadata()).containsEntry("text:kicker", "Opinion");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY);
  }

  @Test
  void aLabelOverAnotherLineThanTheTitlePropertyStays() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of("dc:title", List.of(HEADLINE)),
                RawBlock.of(BlockKind.HEADING, "News"),
                RawBlock.of(BlockKind.PARAGRAPH, "The council voted on Tuesday night"),
                RawBlock.of(BlockKind.PARAGRAPH, BODY)));

    assertThat(entry.metadata()).doesNotContainKey("text:kicker");
    assertThat(entry.body()).extracting(Block::text).startsWith("News");
  }
}
