package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which of Tika's pieces are an ODT's page headers and footers. */
class OdtPageStoriesTest {

  private static final List<String> STORIES = List.of("Harbour Gazette", "Page of");

  @Test
  void theRunAtTheStartIsSetAsideAndTheSameTextLaterStays() {
    List<Piece> pieces =
        OdtPageStories.setAside(
            pieces("Harbour Gazette", "Page  of ", "Ferries return", "Harbour Gazette"), STORIES);

    assertThat(pieces)
        .extracting(Piece::setAside)
        .containsExactly(RawBlock.OUTSIDE_MAIN_CONTENT, RawBlock.OUTSIDE_MAIN_CONTENT, null, null);
  }

  /** A package with its styles after its text has them printed last (before any notes). */
  @Test
  void withoutARunAtTheStartTheLastRunIsSetAside() {
    List<Piece> pieces =
        OdtPageStories.setAside(
            pieces("Ferries return", "Harbour Gazette", "Page of", "[1] A note."), STORIES);

    assertThat(pieces)
        .extracting(Piece::setAside)
        .containsExactly(null, RawBlock.OUTSIDE_MAIN_CONTENT, RawBlock.OUTSIDE_MAIN_CONTENT, null);
  }

  /** Only the whole run counts: a header's text alone in the body is the body's. */
  @Test
  void noWholeRunSetsNothingAside() {
    List<Piece> pieces = pieces("Harbour Gazette", "Ferries return", "Page of two");

    assertThat(OdtPageStories.setAside(pieces, STORIES)).isEqualTo(pieces);
  }

  private static List<Piece> pieces(String... texts) {
    return Stream.of(texts)
        .map(text -> Piece.of(BlockKind.PARAGRAPH, null, text, 0, true))
        .toList();
  }
}
