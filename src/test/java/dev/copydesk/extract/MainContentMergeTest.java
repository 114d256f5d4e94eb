package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainContentMergeTest {

  /** The tokenizer's specification, as it was written before it became a hand-written loop. */
  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile(
          "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]"
              + "|[[\\p{L}\\p{N}]&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");

  @Test
  void tokensAreWhatTheRegexFindsOnRandomMixedScriptText() {
    String[] pieces = {
      "a", "Z", "é", "İ", "ß", "7", "٣", "²", "Ⅻ", "漢", "字", "ひ", "カ", "ー", "々", "〇", "𠀀", "😀",
      "\u0301", " ", "-", ",", "'", "’", "\u00A0", "\t", "Ω", "ж", "ا", "ก", "ｶ", "１", "_"
    };
    java.util.Random random = new java.util.Random(20261202);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      List<String> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher m = TOKEN.matcher(text.toString().toLowerCase(java.util.Locale.ROOT));
      while (m.find()) {
        expected.add(m.group());
      }
      assertThat(MainContentMerge.tokens(text.toString())).as(text.toString()).isEqualTo(expected);
    }
  }

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
    return Arrays.stream(texts).map(t -> Piece.of(BlockKind.PARAGRAPH, null, t, 0, true)).toList();
  }
}
