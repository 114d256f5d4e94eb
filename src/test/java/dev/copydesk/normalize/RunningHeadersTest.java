package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningHeadersTest {

  private static final List<String> TEXT =
      List.of(
          "The council met on Monday.",
          "It voted to close the pool.",
          "Swimmers protested.",
          "The mayor stayed silent.",
          "A petition followed.",
          "Nobody signed it at first.",
          "Then thousands did.",
          "The pool reopened in May.");

  @Test
  void removesHeadersFootersAndPageNumbersRepeatedAcrossPages() {
    List<RawBlock> blocks = new ArrayList<>();
    for (int page = 1; page <= 4; page++) {
      blocks.add(pdf(page, "Annual Report 2024 — Example Council\n" + TEXT.get(2 * page - 2)));
      blocks.add(pdf(page, TEXT.get(2 * page - 1) + "\nPage " + page + " of 4"));
    }
    RunningHeaders.Stripped stripped = RunningHeaders.strip(blocks);
    assertThat(stripped.blocks()).extracting(RawBlock::text).containsExactlyElementsOf(TEXT);
    assertThat(Removals.group(stripped.removed()))
        .contains(new Removal("Annual Report 2024 — Example Council", "running-header", 4))
        .contains(new Removal("Page 3 of 4", "page-number", 1));
  }

  @Test
  void aLineOnLessThanHalfThePagesIsText() {
    List<RawBlock> blocks = new ArrayList<>();
    for (int page = 1; page <= 5; page++) {
      String top = page <= 2 ? "Chapter One" : "Section " + "ABCDE".charAt(page - 1) + " begins";
      blocks.add(pdf(page, top + "\n" + TEXT.get(page)));
    }
    RunningHeaders.Stripped stripped = RunningHeaders.strip(blocks);
    assertThat(stripped.removed()).isEmpty();
    assertThat(stripped.blocks()).isEqualTo(blocks);
  }

  @Test
  void needsThreePagesForRepeatsButBarePageNumbersGoAnyway() {
    List<RawBlock> blocks =
        List.of(pdf(1, "Header\nText one.\n1"), pdf(2, "Header\nText two.\n- 2 -"));
    RunningHeaders.Stripped stripped = RunningHeaders.strip(blocks);
    assertThat(stripped.blocks())
        .extracting(RawBlock::text)
        .containsExactly("Header\nText one.", "Header\nText two.");
    assertThat(stripped.removed()).extracting(Removal::reason).containsOnly("page-number");
  }

  @Test
  void leavesNonPdfBlocksAlone() {
    List<RawBlock> blocks =
        List.of(RawBlock.of(BlockKind.PARAGRAPH, "1"), RawBlock.of(BlockKind.PARAGRAPH, "Text."));
    assertThat(RunningHeaders.strip(blocks).blocks()).isEqualTo(blocks);
  }

  private static RawBlock pdf(int page, String text) {
    return new RawBlock(BlockKind.PARAGRAPH, text, page, true);
  }
}
