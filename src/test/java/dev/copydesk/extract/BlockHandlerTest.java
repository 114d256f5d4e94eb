package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.AttributesImpl;

/** The SAX block builder on hand-made event streams shaped like Tika's output. */
class BlockHandlerTest {

  private final BlockHandler pdf = new BlockHandler(BlockHandler.Mode.PDF);

  @Test
  void pdfJoinsHyphenatedLineBreaksAndKeepsOtherLineBreaks() {
    page(pdf, "The transport board dis-\ncussed the night-\nBus plan for\nhours.");

    assertThat(pdf.pieces())
        .extracting(Piece::text)
        .containsExactly("The transport board discussed the night-\nBus plan for\nhours.");
  }

  @Test
  void pdfPagesAreCountedAndTextOutsidePagesIsDropped() {
    page(pdf, "first");
    page(pdf, "second");
    start(pdf, "ul", null);
    element(pdf, "li", null, "An outline entry");
    end(pdf, "ul");

    assertThat(pdf.pieces())
        .extracting(Piece::text, Piece::page)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("first", 1),
            org.assertj.core.groups.Tuple.tuple("second", 2));
  }

  @Test
  void paragraphsInheritTheKindOfTheirContainer() {
    BlockHandler doc = new BlockHandler(BlockHandler.Mode.DOCUMENT);
    start(doc, "blockquote", null);
    element(doc, "p", null, "quoted");
    end(doc, "blockquote");
    start(doc, "li", null);
    element(doc, "p", null, "item");
    end(doc, "li");
    start(doc, "td", null);
    element(doc, "p", null, "cell");
    end(doc, "td");
    element(doc, "h3", null, "heading");
    element(doc, "p", "caption", "styled");

    assertThat(doc.pieces())
        .extracting(Piece::kind, Piece::text, Piece::styleClass)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BlockKind.QUOTE, "quoted", null),
            org.assertj.core.groups.Tuple.tuple(BlockKind.LIST, "item", null),
            org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "cell", null),
            org.assertj.core.groups.Tuple.tuple(BlockKind.HEADING, "heading", null),
            org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "styled", "caption"));
  }

  @Test
  void htmlCollapsesSourceWhitespaceButKeepsBr() {
    BlockHandler html = new BlockHandler(BlockHandler.Mode.HTML);
    start(html, "p", null);
    text(html, "\n    Line one,\n    still one  ");
    start(html, "br", null);
    end(html, "br");
    text(html, " line\u00A0two ");
    end(html, "p");
    start(html, "script", null);
    text(html, "var x = 1;");
    end(html, "script");
    element(html, "p", null, "   ");

    assertThat(html.pieces())
        .extracting(Piece::text)
        .containsExactly("Line one, still one\nline\u00A0two");
  }

  @Test
  void wordBulletsBecomeListItemsAndStylesBecomeKindsAndProperties() {
    List<Piece> pieces =
        List.of(
            Piece.of(BlockKind.HEADING, "title", "The Title", 0, true),
            Piece.of(BlockKind.PARAGRAPH, "intense_Quote", "Said loudly.", 0, true),
            Piece.of(BlockKind.PARAGRAPH, null, "·\tFirst point", 0, true),
            Piece.of(BlockKind.PARAGRAPH, null, "• Second point", 0, true),
            Piece.of(BlockKind.PARAGRAPH, null, "1. Not a bullet", 0, true),
            Piece.of(BlockKind.PARAGRAPH, "list_Paragraph", "· Bulleted in Word's style", 0, true),
            Piece.of(BlockKind.PARAGRAPH, "list_Paragraph", "2. Numbered in it", 0, true),
            Piece.of(BlockKind.LIST, null, "b) Numbered by hand", 0, true));

    StyleRules.Styled styled = StyleRules.apply(pieces, true);

    assertThat(styled.blocks())
        .extracting(b -> b.kind() + ":" + b.text())
        .containsExactly(
            "HEADING:The Title",
            "QUOTE:Said loudly.",
            "LIST:First point",
            "LIST:Second point",
            "PARAGRAPH:1. Not a bullet",
            "LIST:Bulleted in Word's style",
            "PARAGRAPH:2. Numbered in it",
            "PARAGRAPH:b) Numbered by hand");
    assertThat(styled.properties()).containsEntry("style:title", List.of("The Title"));
  }

  @Test
  void aNoteNestedInADocumentParagraphGoesLastAndAWebPagesNoteClassDoesNot() {
    BlockHandler doc = new BlockHandler(BlockHandler.Mode.DOCUMENT);
    start(doc, "p", null);
    text(doc, "Cited here");
    element(doc, "p", "note", "i The note. ");
    text(doc, " and on.");
    end(doc, "p");
    element(doc, "p", null, "Last paragraph.");
    assertThat(doc.pieces())
        .extracting(Piece::text)
        .containsExactly("Cited here[i] and on.", "Last paragraph.", "[i] The note.");

    BlockHandler html = new BlockHandler(BlockHandler.Mode.HTML);
    start(html, "div", null);
    text(html, "Before");
    element(html, "p", "note", "1 A web page's note paragraph.");
    text(html, "after");
    end(html, "div");
    assertThat(html.pieces())
        .extracting(Piece::text)
        .containsExactly("Before", "1 A web page's note paragraph.", "after");
  }

  /**
   * A web page's numbered lists get the numbers the browser draws: from the list's start, in its
   * type, counting down when reversed, from an item's own value, a nested list apart; not a list
   * drawn without markers, nor an item that writes its own number, nor a list with a class of its
   * own (breadcrumbs); bullets stay list items.
   */
  @Test
  void webPageNumberedListsGetTheNumbersTheBrowserDraws() {
    BlockHandler html = new BlockHandler(BlockHandler.Mode.HTML);
    JsoupSax.walkVisible(
        Jsoup.parseBodyFragment(
            """
            <ol start="4"><li><p>Fares</p></li><li>Tolls<ol type="a"><li>Cars</li>\
            <li>Vans</li></ol></li><li value="9">Parking</li><ul><li>a bullet</li></ul></ol>
            <ol reversed start="3" type="I"><li>Third</li><li>Second</li></ol>
            <ol style="list-style: none"><li>1) Own number</li></ol>
            <ol><li>(2) Written</li><li>Mix. the flour</li></ol>
            <ol class="breadcrumbs"><li>Home</li></ol>"""),
        html);
    assertThat(html.pieces().stream().map(p -> p.kind() + " " + p.text()))
        .containsExactly(
            "PARAGRAPH 4. Fares",
            "PARAGRAPH 5. Tolls",
            "PARAGRAPH a. Cars",
            "PARAGRAPH b. Vans",
            "PARAGRAPH 9. Parking",
            "LIST a bullet",
            "PARAGRAPH III. Third",
            "PARAGRAPH II. Second",
            "LIST 1) Own number",
            "PARAGRAPH (2) Written",
            "PARAGRAPH 2. Mix. the flour",
            "LIST Home");
  }

  private static void page(BlockHandler handler, String text) {
    AttributesImpl page = new AttributesImpl();
    page.addAttribute("", "class", "class", "CDATA", "page");
    handler.startElement("", "div", "div", page);
    element(handler, "p", null, text);
    handler.endElement("", "div", "div");
  }

  private static void element(BlockHandler handler, String name, String styleClass, String text) {
    start(handler, name, styleClass);
    text(handler, text);
    end(handler, name);
  }

  private static void start(BlockHandler handler, String name, String styleClass) {
    AttributesImpl attributes = new AttributesImpl();
    if (styleClass != null) {
      attributes.addAttribute("", "class", "class", "CDATA", styleClass);
    }
    handler.startElement("", name, name, attributes);
  }

  private static void end(BlockHandler handler, String name) {
    handler.endElement("", name, name);
  }

  private static void text(BlockHandler handler, String text) {
    handler.characters(text.toCharArray(), 0, text.length());
  }
}
