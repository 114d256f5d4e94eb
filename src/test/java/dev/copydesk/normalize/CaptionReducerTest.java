package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Removal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionReducerTest {

  private static final String CAPTION = "Police detain a woman in Moscow on Sept. 21.";
  private static final String CREDITED = CAPTION + " ALEXANDER NEMENOV/AFP via Getty Images";

  @Test
  void keepsTheFullestOfARepeatedCaptionAsACaption() {
    Pass pass =
        CaptionReducer.reduce(
            List.of(line(CAPTION, 1), line(CAPTION, 1), line(CREDITED, 1), para("Text.", 2)));
    assertThat(pass.units())
        .extracting(Unit::kind, Unit::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BlockKind.CAPTION, CREDITED),
            org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "Text."));
    assertThat(Removals.group(pass.removed()))
        .containsExactly(new Removal(CAPTION, "repeated-caption", 2));
  }

  @Test
  void creditFirstThenBareCaptionAlsoReduces() {
    Pass pass = CaptionReducer.reduce(List.of(line(CREDITED, 1), line(CAPTION, 1)));
    assertThat(pass.units()).extracting(Unit::text).containsExactly(CREDITED);
  }

  @Test
  void repeatedProseParagraphsAreLeftForDuplicateDetection() {
    String para = "Russian President Vladimir Putin’s partial mobilization has failed.";
    Pass separateBlocks = CaptionReducer.reduce(List.of(para(para, 1), para(para, 2)));
    assertThat(separateBlocks.units()).hasSize(2);
    assertThat(separateBlocks.removed()).isEmpty();

    String longLine = "word ".repeat(70).strip();
    Pass tooLong = CaptionReducer.reduce(List.of(line(longLine, 1), line(longLine, 1)));
    assertThat(tooLong.units()).hasSize(2);
  }

  @Test
  void differentCaptionsStay() {
    Pass pass = CaptionReducer.reduce(List.of(line("One caption.", 1), line("Another.", 1)));
    assertThat(pass.units()).hasSize(2);
  }

  private static Unit line(String text, int origin) {
    return new Unit(BlockKind.PARAGRAPH, text, 0, origin, true, null);
  }

  private static Unit para(String text, int origin) {
    return new Unit(BlockKind.PARAGRAPH, text, 0, origin, false, null);
  }
}
