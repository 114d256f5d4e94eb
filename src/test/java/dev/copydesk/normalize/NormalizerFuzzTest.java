package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import dev.copydesk.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any extracted blocks and properties through the normaliser: a value every time (never an
 * exception), the same value twice, and a body free of the characters it promises to remove.
 * Regression mode replays {@code NormalizerFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class NormalizerFuzzTest {

  private static final String[] KEYS = {
    "dc:title",
    "dc:creator",
    "dcterms:created",
    "og:title",
    "article:published_time",
    "description",
    "article:author",
    "html:author",
    "html:byline",
    "meta:published",
    "html:lang",
    "dc:language",
    "md:author",
    "md:date"
  };

  @FuzzTest(maxDuration = "30s")
  void anyExtractionNormalisesToAValue(FuzzedDataProvider data) {
    Extracted extracted = extracted(data);
    Result<Entry> first = new Normalizer().apply(extracted);
    Result<Entry> second = new Normalizer().apply(extracted);

    assertThat(first).isEqualTo(second);
    if (first instanceof Result.Ok<Entry> ok) {
      ok.value()
          .body()
          .forEach(
              block -> {
                assertThat(block.text())
                    .doesNotContain("\u00a0", "\u200b", "\u00ad", "\ufeff", "  ")
                    .isNotBlank();
                for (String piece : pieces(block)) {
                  assertThat(piece).isEqualTo(piece.strip());
                }
              });
    }
  }

  /** A table's cells (one may be empty: a corner, a gap in a row), any other block's whole text. */
  private static List<String> pieces(Block block) {
    if (block.kind() != BlockKind.TABLE) {
      return List.of(block.text());
    }
    assertThat(block.text()).doesNotStartWith("\n").doesNotEndWith("\n");
    return List.of(block.text().split("[\t\n]", -1));
  }

  private static Extracted extracted(FuzzedDataProvider data) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    int propertyCount = data.consumeInt(0, 3);
    for (int i = 0; i < propertyCount; i++) {
      properties.put(data.pickValue(KEYS), List.of(data.consumeString(80)));
    }
    List<RawBlock> blocks = new ArrayList<>();
    int blockCount = data.consumeInt(0, 12);
    for (int i = 0; i < blockCount; i++) {
      blocks.add(
          new RawBlock(
              data.pickValue(BlockKind.values()),
              data.consumeString(300),
              data.consumeInt(0, 3),
              data.consumeBoolean()));
    }
    Source source =
        new Source(
            data.pickValue(new String[] {"fuzz.txt", "2025-06-11-fuzz.md"}),
            data.pickValue(
                new String[] {"text/plain", "text/html", "application/pdf", "text/markdown"}),
            1,
            "0");
    return new Extracted(source, blocks, properties);
  }
}
