package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Removal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {

  /** Lines separated by '/' in the table; "hard" means each line becomes its own block. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
prose wrapping                | The council met on Monday and / voted to close the pool after / a long debate. | false
byline line then captions     | By , an editor at X. / A caption. / A caption.                                | true
advertisement lines           | Advertisement / Ed Morrissey 10:00 PM - November 20, 2024 / Advertisement    | true
repeated caption with credit  | A woman in Moscow. / A woman in Moscow. AFP via Getty Images                 | true
bullet list                   | - apples / - pears / - plums                                                 | true
numbered list                 | 1. apples / 2. pears                                                         | true
short title-like lines        | Contents / Chapter One / Chapter Two                                         | true
a sentence per line           | One thing happened. / Then another. / And a third.                           | true
short sentence lines          | The vote was close. / Nobody expected it.                                    | true
wrap at a sentence end        | The council met on Monday evening and voted, after a long debate, to close it. / Nobody expected it. | false
""")
  void decidesWhetherLineBreaksAreHard(String what, String lines, boolean hard) {
    List<String> split = Arrays.stream(lines.split(" / ")).map(String::strip).toList();
    assertThat(Segmenter.hardBreaks(split, false)).isEqualTo(hard);
  }

  @Test
  void longLinesAreParagraphsOfTheirOwn() {
    String a = "A".repeat(60) + " " + "b".repeat(60);
    assertThat(Segmenter.hardBreaks(List.of(a, a + " c"), false)).isTrue();
  }

  @Test
  void pdfLinesSplitOnlyOnStrongSignals() {
    assertThat(Segmenter.hardBreaks(List.of("Contents", "Chapter One", "Chapter Two"), true))
        .isFalse();
    assertThat(Segmenter.hardBreaks(List.of("Text.", "Advertisement"), true)).isTrue();
    assertThat(
            Segmenter.hardBreaks(
                List.of(
                    "2. The last crossing moves to 23:10.", "a. On Fridays it leaves at 23:40."),
                true))
        .isTrue();
    assertThat(
            Segmenter.hardBreaks(List.of("\uF0B7 on every crossing,", "\uF0A7 and in May"), true))
        .isTrue();
  }

  /** A symbol font's bullet (Word's Symbol bullet, U+F0B7, in RTF and PDF text) marks an item. */
  @Test
  void aSymbolFontBulletMarksAListItem() {
    Pass pass =
        Segmenter.segment(List.of(RawBlock.of(BlockKind.PARAGRAPH, "\uF0B7 Bikes travel free.")));
    assertThat(pass.units())
        .extracting(u -> u.kind() + " " + u.text())
        .containsExactly("LIST Bikes travel free.");
  }

  @Test
  void recordsBlocksOutsideTheMainContentGrouped() {
    List<RawBlock> blocks =
        List.of(
            new RawBlock(BlockKind.PARAGRAPH, "Home  News", 0, false),
            RawBlock.of(BlockKind.PARAGRAPH, "The article.\u00A0Really."),
            new RawBlock(BlockKind.PARAGRAPH, "Home News", 0, false));
    Pass pass = Segmenter.segment(blocks);
    assertThat(pass.units()).extracting(Unit::text).containsExactly("The article. Really.");
    assertThat(Removals.group(pass.removed()))
        .containsExactly(new Removal("Home News", "outside-main-content", 2));
  }

  @Test
  void keepsKindPageAndOrigin() {
    Pass pass =
        Segmenter.segment(
            List.of(
                new RawBlock(BlockKind.QUOTE, "A quote\nwrapped.", 2, true),
                new RawBlock(BlockKind.LIST, "- one\n- two", 2, true)));
    assertThat(pass.units())
        .containsExactly(
            new Unit(BlockKind.QUOTE, "A quote wrapped.", 2, 0, false, null),
            new Unit(BlockKind.LIST, "- one", 2, 1, true, null),
            new Unit(BlockKind.LIST, "- two", 2, 1, true, null));
  }
}
