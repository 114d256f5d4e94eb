package dev.copydesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import java.util.ArrayList;
import java.util.List;

/**
 * Any body through the section-duplicate detector. Fuzzed bodies reuse earlier texts often, so
 * repeats are common. Invariants: no exception; flagging keeps every block; every flagged block
 * index exists; dropping never adds blocks. Regression mode replays {@code
 * SectionDuplicatesFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SectionDuplicatesFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void anyBodyIsFlaggedConsistently(FuzzedDataProvider data) {
    List<String> texts = new ArrayList<>();
    List<Block> body = new ArrayList<>();
    int count = data.consumeInt(0, 30);
    for (int i = 0; i < count; i++) {
      String text =
          !texts.isEmpty() && data.consumeBoolean()
              ? texts.get(data.consumeInt(0, texts.size() - 1))
              : data.consumeString(200);
      texts.add(text);
      body.add(new Block(i, data.pickValue(BlockKind.values()), text, null));
    }
    Entry entry = TestEntries.entry("fuzz", body);

    Entry flagged = new SectionDuplicates().apply(entry, false);
    Entry dropped = new SectionDuplicates().apply(entry, true);

    assertThat(flagged.body()).hasSameSizeAs(body);
    for (Flag flag : flagged.flags()) {
      if (flag.blocks() != null) {
        flag.blocks().forEach(index -> assertThat(index).isBetween(0, body.size() - 1));
      }
    }
    assertThat(dropped.body().size()).isLessThanOrEqualTo(body.size());
  }
}
