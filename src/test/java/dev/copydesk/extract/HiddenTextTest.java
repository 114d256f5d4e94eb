package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Taking hidden text out of Tika's pieces: by the paragraph's whole text, and, when Tika printed
 * the paragraph differently, by cutting a long enough passage found once.
 */
class HiddenTextTest {

  private static final UnaryOperator<String> NORM = text -> text.replaceAll("\\s+", " ").strip();

  @Test
  void aParagraphTikaPrintedDifferentlyLosesAPassageFoundOnceInIt() {
    HiddenText hidden = new HiddenText();
    hidden.paragraph(
        "The yard delivers in March (check with the yard), the council said.",
        "The yard delivers in March, the council said.",
        "(check with the yard)");
    hidden.paragraph("Run it. Desk: no.", "Run it.", "Desk: no.");

    List<Piece> pieces =
        hidden.apply(
            List.of(
                main("The yard delivers in March[1] (check with the yard), the council said."),
                main("Run it. Desk: no. More text")),
            NORM);

    assertThat(pieces)
        .extracting(Piece::text, Piece::setAside)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "The yard delivers in March[1], the council said.", null),
            org.assertj.core.groups.Tuple.tuple("Run it. Desk: no. More text", null),
            org.assertj.core.groups.Tuple.tuple("(check with the yard)", "hidden-text"));
    assertThat(hidden.passages()).as("both counted, the short one left in place").isEqualTo(2);
  }

  @Test
  void aPassageFoundInTwoPlacesIsLeftWhereItIs() {
    HiddenText hidden = new HiddenText();
    hidden.paragraph("A b. Check the figure with Legal.", "A b.", "Check the figure with Legal.");

    List<Piece> pieces =
        hidden.apply(
            List.of(
                main("A b[2]. Check the figure with Legal."),
                main("Quoted: Check the figure with Legal.")),
            NORM);

    assertThat(pieces)
        .extracting(Piece::text)
        .containsExactly(
            "A b[2]. Check the figure with Legal.", "Quoted: Check the figure with Legal.");
  }

  private static Piece main(String text) {
    return Piece.of(BlockKind.PARAGRAPH, null, text, 0, true);
  }
}
