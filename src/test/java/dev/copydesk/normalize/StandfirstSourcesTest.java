package dev.copydesk.normalize;

import static dev.copydesk.normalize.NormalizerTest.BODY;
import static dev.copydesk.normalize.NormalizerTest.extracted;
import static dev.copydesk.normalize.NormalizerTest.ok;
import static dev.copydesk.normalize.NormalizerTest.provenance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.RawBlock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A web page's standfirst comes from its metadata, and its repeat in the text leaves the body. */
class StandfirstSourcesTest {

  static final String SUMMARY =
      "The board approved the schedule change 6–1 after two years of study, setting up a "
          + "scramble over buses";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "jsonld:description, high",
    "og:description, medium",
    "html:summary, medium",
  })
  void aPageSummaryIsTheStandfirst(String key, String confidence) {
    Entry entry =
        ok(
            extracted(
                "text/html",
                Map.of(key, List.of(SUMMARY), "og:title", List.of("Schools start later")),
                RawBlock.of(BlockKind.PARAGRAPH, SUMMARY),
                RawBlock.of(BlockKind.PARAGRAPH, BODY)));

    assertThat(entry.standfirst()).isEqualTo(SUMMARY);
    assertThat(provenance(entry, "standfirst"))
        .isEqualTo(Map.of("from", key, "confidence", confidence));
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY);
  }
}
