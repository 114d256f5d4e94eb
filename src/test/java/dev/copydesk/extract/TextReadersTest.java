package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset choice, plain-text paragraphs and the Markdown subset. */
class TextReadersTest {

  @Test
  void charsetOrderIsBomThenDeclaredThenDetection() {
    byte[] bomUtf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(TextDecoder.decode(bomUtf8, false).text()).isEqualTo("hi");

    byte[] utf16be = "\uFEFFÄrger".getBytes(StandardCharsets.UTF_16BE);
    assertThat(TextDecoder.decode(utf16be, false).text()).isEqualTo("Ärger");

    byte[] declaredLatin1 =
        "<html><head><meta charset=\"iso-8859-1\"></head><body>caf\u00e9 \u20ac</body></html>"
            .getBytes(Charset.forName("windows-1252"));
    TextDecoder.Decoded html = TextDecoder.decode(declaredLatin1, true);
    assertThat(html.charset().name()).isEqualTo("windows-1252");
    assertThat(html.text()).contains("café €");

    byte[] utf8 = "naïve – “quoted”".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(utf8, false).text()).isEqualTo("naïve – “quoted”");
  }

  @Test
  void undecodableDeclaredCharsetFallsBackWithoutReplacementCharacters() {
    byte[] lies =
        "<meta charset=\"utf-8\"><p>Stra\u00dfe f\u00fcr G\u00e4ste</p>"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(TextDecoder.decode(lies, true).text())
        .contains("Straße für Gäste")
        .doesNotContain("\uFFFD");
  }

  @Test
  void plainTextSplitsOnBlankLinesAndKeepsSingleBreaks() {
    String text = "\uFEFFTitle line\r\n\r\nFirst line\r\nsecond line   \n \t \nLast\f\nAfter page";

    assertThat(PlainText.blocks(text))
        .extracting(RawBlock::text)
        .containsExactly("Title line", "First line\nsecond line", "Last", "After page");
  }

  @Test
  void markdownSubset() {
    String md =
        """
        Setext Title
        ============

        ## Closed heading ##
        A paragraph with *emphasis*, __strong__, `code`, ![pic](a.png)and a [link](http://x "t").
        > quoted line one
        lazy continuation

        1. first
        2) second
        ---
        snake_case_word and 2 * 3 * 4 stay
        """;

    assertThat(Markdown.blocks(md))
        .containsExactly(
            RawBlock.of(BlockKind.HEADING, "Setext Title"),
            RawBlock.of(BlockKind.HEADING, "Closed heading"),
            RawBlock.of(
                BlockKind.PARAGRAPH, "A paragraph with emphasis, strong, code, and a link."),
            RawBlock.of(BlockKind.QUOTE, "quoted line one\nlazy continuation"),
            RawBlock.of(BlockKind.PARAGRAPH, "1. first"),
            RawBlock.of(BlockKind.PARAGRAPH, "2) second"),
            RawBlock.of(BlockKind.PARAGRAPH, "snake_case_word and 2 * 3 * 4 stay"));
  }

  /**
   * Ordered items keep the numbers a Markdown reader shows: counted on from the list's first number
   * whatever the later items write, a nested list counted apart, a list started again by a
   * paragraph between; bullets are list items.
   */
  @Test
  void markdownOrderedListsCountAsAReaderShowsThem() {
    String md =
        """
        1. Fares
        1. Tolls
           1. Cars
           1. Vans

           A second paragraph of the item.
        1. Parking
        - a bullet

        Five more:

        5. Lights
        9. Signs
        """;

    assertThat(Markdown.blocks(md).stream().map(b -> b.kind() + " " + b.text()))
        .containsExactly(
            "PARAGRAPH 1. Fares",
            "PARAGRAPH 2. Tolls",
            "PARAGRAPH 1. Cars",
            "PARAGRAPH 2. Vans",
            "PARAGRAPH A second paragraph of the item.",
            "PARAGRAPH 3. Parking",
            "LIST a bullet",
            "PARAGRAPH Five more:",
            "PARAGRAPH 5. Lights",
            "PARAGRAPH 6. Signs");
  }
}
