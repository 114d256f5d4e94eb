package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainContentMergeTest {

  @Test
  void pageBlocksAreMarkedByTheMainTextInOrder() {
    List<Piece> page =
        pieces(
            "Home",
            "News",
            "A long first paragraph of the story.",
            "•",
            "Share",
            "Second paragraph, re-cut by Readability here.",
            "News",
            "Related story about cats");
    List<Piece> main =
        pieces(
            "A long first paragraph",
            "of the story.",
            "Second paragraph, re-cut",
            "by Readability here.",
            "News");

    List<Piece> merged = MainContentMerge.merge(page, main);

    assertThat(merged)
        .extracting(Piece::text)
        .containsExactlyElementsOf(page.stream().map(Piece::text).toList());
    assertThat(merged)
        .extracting(Piece::mainContent)
        // "News" in the nav is far from the main text's "News"; the "•" follows its neighbour.
        .containsExactly(false, false, true, true, false, true, true, false);
  }

  private static List<Piece> pieces(String... texts) {
    return Arrays.stream(texts).map(t -> new Piece(BlockKind.PARAGRAPH, null, t, 0, true)).toList();
  }
}
