package dev.copydesk.extract;

import static dev.copydesk.extract.Fixtures.extractOk;
import static dev.copydesk.extract.Fixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real Tika on the LibreOffice-made fixtures: structure, styles and properties survive. */
class OfficeAndPdfExtractionTest {

  private static final String TITLE = "Harbour Ferries Return After Winter Pause";
  private static final String SUBTITLE = "Three routes reopen on Monday with a new timetable";

  /**
   * Footnotes read as Word and LibreOffice show them: the mark is the note's number in order of
   * reference (pandoc's docx ids start at 20), the paragraph that cites a note stays whole (Tika
   * nests an ODT note inside it), and each note, labelled, comes after the last paragraph (Tika
   * skips LibreOffice's RTF notes whole, and prints a .doc's marks as U+FFFD and line breaks). An
   * RTF or .doc page footer is not the article's last paragraph.
   */
  @ParameterizedTest
  @ValueSource(strings = {"notes.docx", "notes.odt", "notes.rtf", "notes.doc"})
  void footnotesAreNumberedAsShownAndFollowTheText(String name) {
    Extracted doc = extractOk(name);
    List<String> texts =
        doc.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text).toList();

    assertThat(texts)
        .contains(
            "The vote followed three weeks of protests[1] by readers.",
            "The county council passed its budget on Tuesday, restoring Sunday hours at all five"
                + " branch libraries[2] after three weeks of protests.")
        .endsWith(
            "Council member Yusuf Oduya said the restored hours would cost about $310,000 a year.",
            "[1] Organised by the Friends of the Library.",
            "[2] Including the Millbrook branch, which reopened in January.");
    if (name.endsWith(".rtf") || name.endsWith(".doc")) {
      assertThat(doc.blocks())
          .filteredOn(b -> !b.mainContent())
          .containsExactly(new RawBlock(BlockKind.PARAGRAPH, "1", 0, false));
    }
  }

  /**
   * Tika's RTF reader prints a table's cells as paragraphs; the prefilter's marks give the table
   * back, as LibreOffice writes RTF tables and as pandoc does (a paragraph end before each cell
   * end). A cell of two paragraphs makes a layout table, read cell by cell.
   */
  @Test
  void rtfTablesAreTablesAsEachWriterWritesThem() {
    assertThat(texts(extractOk("article.rtf"), BlockKind.TABLE))
        .containsExactly("Ticket\tFare\nSingle ticket\t2.40 euros\nChildren under five\t");

    Extracted pandoc = extractOk("tables.rtf");
    assertThat(texts(pandoc, BlockKind.TABLE))
        .containsExactly("Pier\tBerths\tLet\nNorth\t80\t80\nSouth\t60\t60");
    assertThat(texts(pandoc, BlockKind.PARAGRAPH))
        .containsSubsequence(
            "Waiting",
            "Forty boats are on the list.",
            "The office will call in April.",
            "Fees",
            "Unchanged from last year.",
            "The office opens at nine on weekdays.");
    assertThat(pandoc.blocks())
        .allSatisfy(block -> assertThat(block.text()).doesNotContain("\uFDD0", "\uFDD1", "\uFDD2"));
  }

  /**
   * An RTF heading is a heading: Tika's reader ignores the outline level that says so, and printed
   * LibreOffice's numbered headings as one-item lists. The page header and footer stay outside.
   */
  @Test
  void rtfHeadingsAreHeadingsByTheirOutlineLevel() {
    Extracted rtf = extractOk("paged.rtf");

    assertThat(texts(rtf, BlockKind.HEADING))
        .containsExactly(
            "A decision after months of debate", "Who asked for it", "What happens next");
    assertThat(texts(rtf, BlockKind.LIST)).isEmpty();
    assertThat(rtf.blocks())
        .filteredOn(block -> !block.mainContent())
        .extracting(RawBlock::text)
        .containsExactly("The Harbour Gazette · Transport", "Page 3");
  }

  /**
   * Numbered paragraphs carry the numbers the word processor shows: a list that restarts starts
   * again at 1 (or at 5), a lettered sub-list counts a, b, and its parent list goes on at 3. In a
   * docx Tika numbered every item of such a list 1 (and the sub-list 0); in RTF it printed no
   * numbers (LibreOffice writes each one in the item's {@code \\listtext}); an ODT's and a web
   * page's numbered lists came out as bullets, and so did Word paragraphs numbered by their style.
   */
  @ParameterizedTest
  @ValueSource(strings = {"lists.docx", "style-lists.docx", "lists.rtf", "lists.odt", "lists.html"})
  void listsAreNumberedAsTheWordProcessorShowsThem(String name) {
    assertThat(texts(extractOk(name)))
        .containsSubsequence(
            "1. The first crossing leaves at 5:30, half an hour earlier than now.",
            "2. The last crossing moves to 23:10, after the theatre closes.",
            "a. On Fridays it leaves at 23:40.",
            "b. On Sundays it does not run.",
            "3. Cyclists no longer need to book a place on the morning boats.",
            "1. The fares.",
            "2. The winter timetable.",
            "5. A later first boat on Saturdays.",
            "6. A hovercraft service to the mainland.",
            "on every crossing,",
            "and in every season.");
  }

  /**
   * A newsroom template's own paragraph styles: the headline, standfirst and byline are the
   * document's title, subtitle and byline properties; crossheads are headings, a pull quote a
   * quote.
   */
  @Test
  void aNewsroomTemplatesStylesGiveTheHeadStandfirstBylineAndCrossheads() {
    Extracted template = extractOk("template.docx");
    assertThat(template.properties())
        .containsEntry("style:title", List.of("Harbour tolls rise for the first time in a decade"))
        .containsEntry(
            "style:subtitle", List.of("Fishing boats are exempt from the 12 percent increase."))
        .containsEntry("style:byline", List.of("Marta Okonkwo and Colm Ferrity"));
    assertThat(texts(template, BlockKind.HEADING))
        .containsExactly(
            "Harbour tolls rise for the first time in a decade",
            "Fishing boats are exempt from the 12 percent increase.",
            "Dredging the channel");
    assertThat(texts(template, BlockKind.QUOTE))
        .containsExactly("We cannot keep the channel open on goodwill.");
  }

  /** WordPad's lists: numbers in {@code \\pntext}, a bullet in the Symbol font (U+F0B7). */
  @Test
  void aSymbolFontBulletInRtfMarksAListItem() {
    Extracted wordpad = extractOk("wordpad.rtf");
    assertThat(texts(wordpad, BlockKind.LIST)).containsExactly("Bikes travel free.");
    assertThat(texts(wordpad, BlockKind.PARAGRAPH))
        .contains(
            "1.\tThe first crossing leaves at 5:30.", "2.\tThe last crossing moves to 23:10.");
  }

  /** A sidebar in a text frame is read, apart from the paragraph it is anchored in. */
  @Test
  void anOdtSidebarInATextFrameIsReadApartFromItsParagraph() {
    assertThat(texts(extractOk("frames.odt")))
        .containsExactly(
            "Harbour tolls rise for the first time in a decade",
            "By Jane Doe",
            "AT A GLANCE  Tolls rise 12 percent from April.  Fishing boats are exempt.",
            "The harbour board voted on Tuesday to raise mooring tolls by 12 percent from April,"
                + " the first increase since 2015.",
            "Board members said the money would pay for dredging the north channel, which has"
                + " silted up since the storms of last winter.");
  }

  /**
   * An ODT's page headers and footers live in its styles, which Tika prints before the text as if
   * they were paragraphs: they are recorded as outside the main content, not read as the article's
   * opening (with no title property, the header was the title).
   */
  @Test
  void anOdtsPageHeadersAndFootersAreNotItsText() {
    Extracted odt = extractOk("headers.odt");

    assertThat(odt.blocks())
        .filteredOn(RawBlock::mainContent)
        .extracting(RawBlock::text)
        .startsWith("Ferry timetable changes from May", "By Jonas Feldmann");
    assertThat(odt.blocks())
        .filteredOn(block -> !block.mainContent())
        .extracting(RawBlock::text, RawBlock::setAside)
        .containsExactly(
            tuple("HARBOUR GAZETTE — NEWS DESK", RawBlock.OUTSIDE_MAIN_CONTENT),
            tuple("Copy for the Saturday edition", RawBlock.OUTSIDE_MAIN_CONTENT),
            tuple("HARBOUR GAZETTE", RawBlock.OUTSIDE_MAIN_CONTENT),
            tuple("Page  of", RawBlock.OUTSIDE_MAIN_CONTENT));
  }

  /**
   * A Word text box is read after the paragraph it is anchored in, its paragraphs apart: Tika's SAX
   * reader glued its first line to the paragraph's last sentence ({@code …since 2015.AT A GLANCE})
   * and lost the paragraph after it.
   */
  @Test
  void aWordTextBoxFollowsTheParagraphItIsAnchoredIn() {
    assertThat(texts(extractOk("frames.docx")))
        .containsExactly(
            "Harbour tolls rise for the first time in a decade",
            "By Jane Doe",
            "The harbour board voted on Tuesday to raise mooring tolls by 12 percent from April,"
                + " the first increase since 2015.",
            "AT A GLANCE",
            "Tolls rise 12 percent from April.",
            "Fishing boats are exempt.",
            "Board members said the money would pay for dredging the north channel, which has"
                + " silted up since the storms of last winter.");
  }

  /** A shape's text that only the newer copy of the shape holds is read, not lost. */
  @Test
  void aCalloutsTextIsReadWhenOnlyTheNewerCopyOfTheShapeHoldsIt() {
    assertThat(texts(extractOk("callout.docx")))
        .containsExactly(
            "Harbour tolls rise for the first time in a decade",
            "The harbour board voted on Tuesday to raise mooring tolls by 12 percent from April,"
                + " the first increase since 2015.",
            "Fishing boats are exempt from the rise, the board said.",
            "\u201cWe had no choice,\u201d the chair said.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"article.docx", "article.doc", "article.odt"})
  void wordProcessorStylesBecomeKindsAndTitleProperties(String name) {
    Extracted doc = extractOk(name);

    assertThat(doc.blocks().get(0)).isEqualTo(RawBlock.of(BlockKind.HEADING, TITLE));
    assertThat(doc.property("style:title")).isEqualTo(TITLE);
    assertThat(doc.property("style:subtitle")).isEqualTo(SUBTITLE);
    assertThat(texts(doc, BlockKind.HEADING))
        .containsExactly(
            TITLE, SUBTITLE, "What changes for passengers", "Repairs ahead of schedule");
    assertThat(texts(doc, BlockKind.QUOTE))
        .containsExactly(
            "We would rather lose a winter than lose a boat.",
            "Timetables are printed, not just online.");
    assertThat(texts(doc, BlockKind.CAPTION))
        .containsExactly("The renovated ferry Aurora at the north pier.");
    assertThat(texts(doc, BlockKind.LIST))
        .containsExactly("North pier to Old Market", "Old Market to the islands");
    assertThat(texts(doc, BlockKind.TABLE))
        .containsExactly("Ticket\tFare\nSingle ticket\t2.40 euros\nChildren under five\t");
    assertThat(texts(doc, BlockKind.PARAGRAPH)).doesNotContain("Single ticket", "2.40 euros");
    assertThat(doc.property("dc:title")).isEqualTo(TITLE);
    assertThat(doc.property("dc:creator")).isEqualTo("Marta Okonkwo");
    assertThat(doc.property("dcterms:created")).startsWith("2024-03-14T09:30:00");
    assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.page()).isZero());
  }

  @Test
  void docxSourceDescribesTheBytes() throws Exception {
    Extracted doc = extractOk("article.docx");

    assertThat(doc.source().fileName()).isEqualTo("article.docx");
    assertThat(doc.source().mediaType()).isEqualTo(SupportedTypes.DOCX);
    assertThat(doc.source().bytes()).isEqualTo(Files.size(Fixtures.path("article.docx")));
    assertThat(doc.source().sha256())
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(Fixtures.path("article.docx")))));
    assertThat(doc.properties()).containsKey("Content-Type").doesNotContainKey("X-TIKA:Parsed-By");
  }

  @Test
  void rtfKeepsParagraphsListsAndProperties() {
    Extracted rtf = extractOk("article.rtf");

    assertThat(texts(rtf)).startsWith(TITLE, SUBTITLE);
    assertThat(texts(rtf, BlockKind.LIST)).contains("North pier to Old Market");
    // RTF from LibreOffice reports its author twice; properties keep one.
    assertThat(rtf.properties().get("dc:creator")).containsExactly("Marta Okonkwo");
    assertThat(rtf.property("dc:title")).isEqualTo(TITLE);
  }

  @Test
  void pdfBlocksCarryTheirPageIncludingRunningHeadersAndFooters() {
    Extracted pdf = extractOk("paged.pdf");

    assertThat(pdf.blocks()).extracting(RawBlock::page).containsOnly(1, 2, 3);
    for (int page = 1; page <= 3; page++) {
      int p = page;
      List<String> onPage =
          pdf.blocks().stream().filter(b -> b.page() == p).map(RawBlock::text).toList();
      assertThat(onPage).first().isEqualTo("The Harbour Gazette · Transport");
      assertThat(onPage).last().isEqualTo("Page " + p);
    }
    assertThat(String.join(" ", texts(pdf))).contains("Shift workers at the hospital");
    // The PDF outline (bookmarks) repeats the headings after the pages: it must not come out.
    assertThat(texts(pdf)).noneMatch(t -> t.equals("Who asked for it"));
    assertThat(pdf.property("dc:title")).isEqualTo("Night Buses Return to the River Road");
    assertThat(pdf.property("dc:creator")).isEqualTo("Jonas Feldmann");
    assertThat(pdf.property("xmpTPg:NPages")).isEqualTo("3");
  }
}
