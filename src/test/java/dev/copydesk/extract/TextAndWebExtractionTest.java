package dev.copydesk.extract;

import static dev.copydesk.extract.Fixtures.extractOk;
import static dev.copydesk.extract.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain text, Markdown and HTML fixtures through the whole extractor. */
class TextAndWebExtractionTest {

  @Test
  void latin1TextDecodesWithoutReplacementCharacters() {
    Extracted text = extractOk("latin1.txt");

    assertThat(texts(text))
        .containsExactly(
            "Café Olé opens on the square",
            "The new café on the market square serves crêpes and a strong espresso, and its owner,"
                + " José Müller, says the terrace will stay open until late September.\n"
                + "Prices start at 2,50 EUR for a coffee.",
            "Neighbours welcomed the façade, which keeps the old naïve painted sign above the"
                + " door.");
    assertThat(text.source().mediaType()).isEqualTo("text/plain");
  }

  @Test
  void utf16WithBomDecodesWithoutTheBom() {
    Extracted text = extractOk("utf16-bom.txt");

    assertThat(texts(text)).first().isEqualTo("Überfahrt nach Süden");
    assertThat(String.join("\n", texts(text)))
        .contains("Die Fähre nach Süden fährt ab Mai wieder täglich – auch am Sonntag.")
        .contains("“Wir freuen uns”")
        .doesNotContain("\uFFFD", "\uFEFF");
  }

  @Test
  void markdownHeadingsQuotesAndListsBecomeKinds() {
    Extracted md = extractOk("article.md");

    assertThat(md.blocks())
        .containsExactly(
            RawBlock.of(BlockKind.HEADING, "Community Garden Doubles in Size"),
            RawBlock.of(
                BlockKind.PARAGRAPH,
                "The community garden behind the old tram depot will double in size this summer,"
                    + " after the\ncouncil agreed to lease the neighbouring plot for ten years."),
            RawBlock.of(BlockKind.HEADING, "What volunteers plan"),
            RawBlock.of(
                BlockKind.PARAGRAPH,
                "Volunteers plan to build raised beds for wheelchair users and a small shed for"
                    + " shared tools.\nThe work starts in May."),
            RawBlock.of(
                BlockKind.QUOTE,
                "We have had a waiting list for three years. Now everyone on it gets a bed."),
            RawBlock.of(BlockKind.LIST, "Raised beds near the gate"),
            RawBlock.of(BlockKind.LIST, "A rain-water tank by the shed"),
            RawBlock.of(BlockKind.LIST, "Two benches under the chestnut tree"),
            RawBlock.of(
                BlockKind.TABLE, "Plot\tBeds\tHolders\nNorth\t24\tfamilies\nSouth\t18\tschools"),
            RawBlock.of(
                BlockKind.PARAGRAPH,
                "The garden is open to visitors on Saturday mornings, and new members can sign up"
                    + " at the\nlibrary desk."));
  }

  @Test
  void htmlKeepsEveryBlockAndMarksTheMainContent() {
    Extracted page = extractOk("article.html");
    List<String> main =
        page.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text).toList();
    List<String> other =
        page.blocks().stream().filter(b -> !b.mainContent()).map(RawBlock::text).toList();

    assertThat(main)
        .contains(
            "Library Opens Late on Thursdays",
            "Staff and costs",
            "We want the building to be full when people are free to use it, not only when they"
                + " are at work.",
            "The reading room on the second floor.",
            "Floor\tThursday hours\nGround floor\t9:00–22:00\nQuiet floor\t9:00–22:00\nCafé\t9:00–20:00");
    assertThat(main).anyMatch(t -> t.startsWith("The central library will stay open"));
    assertThat(other)
        .contains("Home", "Sport", "More from the Gazette", "Night buses on the river road")
        .anyMatch(t -> t.startsWith("© 2024 The Harbour Gazette"));
    assertThat(texts(page, BlockKind.QUOTE)).hasSize(1);
    assertThat(texts(page, BlockKind.CAPTION))
        .containsExactly("The reading room on the second floor.");
    // Scripts and styles are not text at all; a hidden element's text is set aside, recorded.
    assertThat(texts(page)).noneMatch(t -> t.contains("tracker") || t.contains("border:"));
    assertThat(page.blocks())
        .filteredOn(b -> b.text().contains("Hidden tracking"))
        .extracting(RawBlock::setAside)
        .containsExactly(RawBlock.HIDDEN_TEXT);
  }

  @Test
  void hiddenPageTextIsSetAsideAsHiddenTextAndShortControlsAreNot() {
    String html =
        """
        <html><body><article>
        <h1>Council agrees ferry timetable</h1>
        <p>The council agreed the new ferry timetable on Tuesday after a long debate.
        <span style="display: none">Desk: check the sailing times with the operator first.</span></p>
        <p>Services start in May. <button aria-expanded="false">Read more</button></p>
        <div class="more" hidden>
          <p>Fares rise by ten pence on the early crossing, the operator said.</p>
          <p style="visibility:hidden">Nested hidden text counted once with its parent.</p>
        </div>
        <span aria-hidden="true">share close</span>
        <template><p hidden>A template's hidden paragraph is never text at all.</p></template>
        <noscript><p hidden>Nor is a noscript block, hidden or not, anywhere on the page.</p></noscript>
        </article></body></html>
        """;

    Parsed page = WebPages.parse(html.getBytes(StandardCharsets.UTF_8), "text/html");

    assertThat(page.blocks())
        .filteredOn(RawBlock::mainContent)
        .extracting(RawBlock::text)
        .containsExactly(
            "Council agrees ferry timetable",
            "The council agreed the new ferry timetable on Tuesday after a long debate.",
            "Services start in May.");
    assertThat(page.blocks())
        .filteredOn(b -> RawBlock.HIDDEN_TEXT.equals(b.setAside()))
        .extracting(RawBlock::text)
        .containsExactly(
            "Desk: check the sailing times with the operator first.",
            "Fares rise by ten pence on the early crossing, the operator said.",
            "Nested hidden text counted once with its parent.");
    assertThat(page.blocks())
        .extracting(RawBlock::text)
        .noneMatch(
            t -> t.contains("share close") || t.contains("template") || t.contains("noscript"));
  }

  @Test
  void htmlMetadataComesFromJsonLdMetaTagsAndTitle() {
    Extracted page = extractOk("article.html");

    assertThat(page.property("jsonld:headline")).isEqualTo("Library Opens Late on Thursdays");
    assertThat(page.properties().get("jsonld:author")).containsExactly("Priya Raman", "Tomé Silva");
    assertThat(page.property("jsonld:datePublished")).isEqualTo("2024-05-02T08:15:00+02:00");
    assertThat(page.property("jsonld:description"))
        .isEqualTo("The central library will stay open until ten at night.");
    assertThat(page.property("og:title")).isEqualTo("Library Opens Late on Thursdays");
    assertThat(page.property("article:published_time")).isEqualTo("2024-05-02T08:15:00+02:00");
    assertThat(page.property("meta:author")).isEqualTo("Priya Raman");
    assertThat(page.property("html:title"))
        .isEqualTo("Library Opens Late on Thursdays – The Harbour Gazette");
    assertThat(page.property("Content-Type")).isEqualTo("text/html; charset=UTF-8");
  }

  /**
   * A Google Docs export (its comments at the foot, each in a div with its replies; one page here
   * wraps its text in a div of its own) and a Word "Save as Web Page" file: the comments are set
   * aside as review comments and counted, their marks leave the text, footnotes stay.
   */
  @Test
  void commentsInAWordProcessorsWebPageAreSetAsideWithTheirMarks() {
    String google =
        """
        <html><body class="doc-content"><div class="wrap">
        <p class="title"><span>Ferry fares to rise 8 percent in June</span></p>
        <p><span>The ferry authority will raise fares by 8 percent on June 1.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>
        <p><span>A single crossing will cost $4.35, up from $4.05.</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>
        </div>
        <hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span> Seniors keep their half-price fares.</span></p></div>
        <div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Check the date with the board secretary</span></p>
        <p><span>Done, it is June 1</span></p></div>
        </body></html>
        """;
    String word =
        """
        <html><body><div class=WordSection1>
        <p class=MsoNormal>The board decided on Tuesday.<span class=MsoCommentReference><span style='font-size:8.0pt'><a class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[PR1]</a>&nbsp;</span></span></p>
        </div>
        <div style='mso-element:comment-list'><hr class=msocomoff align=left size=1 width="33%">
        <div style='mso-element:comment'><div class=msocomtxt id="_com_1"><span><a name="_msocom_1"></a></span>
        <p class=MsoCommentText><span class=MsoCommentReference><span style='font-size:8.0pt'><a href="#_msoanchor_1" class=msocomoff>[PR1]</a></span></span>Lawyers to read this first.</p>
        </div></div></div>
        </body></html>
        """;

    Parsed fromGoogle = WebPages.parse(google.getBytes(StandardCharsets.UTF_8), "text/html");
    Parsed fromWord = WebPages.parse(word.getBytes(StandardCharsets.UTF_8), "text/html");

    assertThat(fromGoogle.blocks())
        .extracting(RawBlock::text, RawBlock::setAside)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Ferry fares to rise 8 percent in June", null),
            org.assertj.core.groups.Tuple.tuple(
                "The ferry authority will raise fares by 8 percent on June 1.", null),
            org.assertj.core.groups.Tuple.tuple(
                "A single crossing will cost $4.35, up from $4.05.[1]", null),
            org.assertj.core.groups.Tuple.tuple("[1] Seniors keep their half-price fares.", null),
            org.assertj.core.groups.Tuple.tuple(
                "Check the date with the board secretary Done, it is June 1", "review-comment"));
    assertThat(fromGoogle.properties()).containsEntry("review:comments", List.of("1"));
    assertThat(fromWord.blocks())
        .extracting(RawBlock::text, RawBlock::setAside)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("The board decided on Tuesday.", null),
            org.assertj.core.groups.Tuple.tuple("Lawyers to read this first.", "review-comment"));
  }

  /**
   * Word's "Save as Web Page": its Mso classes are the document's styles (title, subtitle, quote)
   * and its XML island the document's properties, as in a Word file; on any other page a class
   * named like a style gives no title property.
   */
  @Test
  void aPageWordSavedKeepsItsStylesAndAnotherPagesClassesGiveNoTitle() {
    String word =
        """
        <html><head><meta name=ProgId content=Word.Document><title>Ferry fares</title>
        <!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Priya Raman</o:Author>
        <o:Created>2025-05-06T09:12:00Z</o:Created></o:DocumentProperties></xml><![endif]-->
        </head>
        <body><div class=WordSection1>
        <p class=MsoTitle>Ferry fares to rise 8 percent in June<o:p></o:p></p>
        <p class=MsoSubtitle>The first increase in four years<o:p></o:p></p>
        <p class=MsoNormal>Fares will rise by 8 percent on June 1.<o:p></o:p></p>
        <p class=MsoQuote>"We cannot hold them any longer," said the chair.<o:p></o:p></p>
        </div></body></html>
        """;
    String site =
        """
        <html><head><title>Ferry fares to rise</title></head><body>
        <p class=title>Most read this week</p><p>Fares will rise by 8 percent on June 1.</p>
        </body></html>
        """;

    Parsed saved = WebPages.parse(word.getBytes(StandardCharsets.UTF_8), "text/html");
    Parsed other = WebPages.parse(site.getBytes(StandardCharsets.UTF_8), "text/html");

    assertThat(saved.blocks())
        .extracting(RawBlock::kind)
        .containsExactly(
            BlockKind.HEADING, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE);
    assertThat(saved.properties())
        .containsEntry("style:title", List.of("Ferry fares to rise 8 percent in June"))
        .containsEntry("style:subtitle", List.of("The first increase in four years"))
        .containsEntry("dc:creator", List.of("Priya Raman"))
        .containsEntry("dcterms:created", List.of("2025-05-06T09:12:00Z"));
    assertThat(other.properties()).doesNotContainKey("style:title");
  }

  /**
   * Word's "Save as Web Page" lists: paragraphs in {@code MsoListParagraphCxSpFirst} (…Middle,
   * …Last) with the number or the Symbol bullet printed before the text and non-breaking spaces
   * after it: numbered items are numbered paragraphs, bulleted ones list items without the glyph.
   */
  @Test
  void aPageWordSavedKeepsItsListsNumbersAndBullets() {
    String spaces = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span>";
    String word =
        """
        <html><head><meta name=ProgId content=Word.Document></head><body><div class=WordSection1>
        <p class=MsoListParagraphCxSpFirst><span>1.%1$s</span>The first crossing leaves at 5:30.</p>
        <p class=MsoListParagraphCxSpLast><span>2.%1$s</span>The last one leaves at 23:10.</p>
        <p class=MsoNormal>Bikes still travel free:</p>
        <p class=MsoListParagraphCxSpFirst><span style='font-family:Symbol'>·%1$s</span>on every \
        crossing,</p>
        <p class=MsoListParagraphCxSpLast><span style='font-family:Symbol'>·%1$s</span>and in every \
        season.</p>
        </div></body></html>
        """
            .formatted(spaces);

    Parsed saved = WebPages.parse(word.getBytes(StandardCharsets.UTF_8), "text/html");

    assertThat(saved.blocks().stream().map(b -> b.kind() + " " + b.text().replace('\u00A0', ' ')))
        .containsExactly(
            "PARAGRAPH 1.    The first crossing leaves at 5:30.",
            "PARAGRAPH 2.    The last one leaves at 23:10.",
            "PARAGRAPH Bikes still travel free:",
            "LIST on every crossing,",
            "LIST and in every season.");
  }
}
