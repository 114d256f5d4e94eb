package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Removal;
import dev.copydesk.model.Result;
import dev.copydesk.model.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizerTest {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String BODY =
      "The council voted on Monday to close the municipal pool for the winter, citing energy "
          + "costs that have tripled since last year and a roof that leaks in heavy rain.";
  static final String FRENCH =
      "La piscine municipale de la rue du Canal n'ouvrira pas cet été, ont annoncé mardi les"
          + " services de la ville, après la découverte d'une fissure dans le réservoir qui filtre"
          + " son eau et qui ne pourra pas être remplacé avant la fin du mois d'août.";
  static final String GERMAN =
      "Das städtische Freibad an der Kanalstraße wird in diesem Sommer nicht öffnen, teilte die"
          + " Stadtverwaltung am Dienstag mit, nachdem Prüfer einen Riss im Filterbehälter gefunden"
          + " hatten, der nicht vor Ende August ersetzt werden kann.";
  static final String BODY2 =
      "Swimmers gathered outside the town hall to protest the decision, and several said they "
          + "would petition the mayor to reconsider before the first frost arrives.";

  @Test
  void documentPropertiesComeFirstAndTheirRepeatInTheTextLeavesTheBody() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of(
                    "dc:title",
                    List.of("Council closes the pool"),
                    "dc:creator",
                    List.of("Jane Doe"),
                    "style:subtitle",
                    List.of("Energy costs tripled."),
                    "dcterms:created",
                    List.of("2025-03-03T09:00:00Z")),
                block(BlockKind.HEADING, "Council closes the pool"),
                block(BlockKind.PARAGRAPH, "Energy costs tripled."),
                block(BlockKind.PARAGRAPH, BODY)));
    assertThat(entry.title()).isEqualTo("Council closes the pool");
    assertThat(entry.standfirst()).isEqualTo("Energy costs tripled.");
    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(entry.published()).isEqualTo("2025-03-03T09:00:00Z");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY);
    assertThat(provenance(entry, "title"))
        .isEqualTo(Map.of("from", "docx:dc:title", "confidence", "high"));
    assertThat(provenance(entry, "standfirst"))
        .isEqualTo(Map.of("from", "docx:style:subtitle", "confidence", "high"));
    assertThat(provenance(entry, "authors"))
        .isEqualTo(Map.of("from", "docx:dc:creator", "confidence", "medium"));
    assertThat(provenance(entry, "published"))
        .isEqualTo(Map.of("from", "docx:dcterms:created", "confidence", "low"));
    assertThat(codes(entry)).containsExactly(FlagCode.LOW_CONFIDENCE_DATE);
    assertThat(entry.metadata()).containsEntry("dc:creator", "Jane Doe");
  }

  /**
   * A file's author property as catalogues and some systems write it: surname first (one name, or
   * several separated by semicolons), or a list of full names; a name and a suffix, or a list of
   * single words, stays one author as written.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Okonkwo, Marta|Marta Okonkwo",
        "OKONKWO, MARTA J.|Marta J. Okonkwo",
        "de la Cruz, Ana María|Ana María de la Cruz",
        "Okonkwo, Marta; Ferrity, Colm|Marta Okonkwo;Colm Ferrity",
        "Marta Okonkwo, Colm Ferrity and Ana Cruz|Marta Okonkwo;Colm Ferrity;Ana Cruz",
        "King, Jr.|King, Jr.",
        "Okonkwo, Reporter|Okonkwo, Reporter",
        "Reuters, AFP|Reuters, AFP"
      })
  void authorPropertiesAreReadAsNamesInTheUsualOrder(String property, String authors) {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of(
                    "dc:title",
                    List.of("Council closes the pool"),
                    "dc:creator",
                    List.of(property)),
                block(BlockKind.PARAGRAPH, BODY)));
    assertThat(entry.authors()).containsExactly(authors.split(";"));
  }

  /**
   * A template's byline paragraph (the {@code style:byline} property) under the headline: read as a
   * byline line is (a name and a job, a name in capitals), its line out of the body; a line the
   * byline rules cannot read still names the author, from the property.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Marta Okonkwo, Political Editor|Marta Okonkwo|false",
        "MARTA OKONKWO|Marta Okonkwo|false",
        "Marta Okonkwo and Colm Ferrity|Marta Okonkwo;Colm Ferrity|false",
        "Marta Okonkwo in Harlan|Marta Okonkwo in Harlan|true"
      })
  void aTemplatesBylineStyleNamesTheAuthors(String line, String authors, boolean stays) {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of(
                    "style:title", List.of("Council closes the pool"),
                    "style:byline", List.of(line)),
                block(BlockKind.HEADING, "Council closes the pool"),
                block(BlockKind.PARAGRAPH, line),
                block(BlockKind.PARAGRAPH, BODY)));
    assertThat(entry.authors()).containsExactly(authors.split(";"));
    assertThat(entry.body().stream().anyMatch(b -> b.text().equals(line))).isEqualTo(stays);
  }

  /**
   * An e-mail's subject (or a Word title) cut short: the headline at the head of the text that
   * begins with it and goes on is the title.
   */
  @Test
  void aHeadlineThatSaysMoreThanTheTitlePropertyIsTheTitle() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of("dc:title", List.of("MEDIA RELEASE: Station Road closure extended to June")),
                block(BlockKind.PARAGRAPH, "MEDIA RELEASE"),
                block(
                    BlockKind.PARAGRAPH,
                    "Station Road closure extended to June as gas main work widens"),
                block(BlockKind.PARAGRAPH, BODY)));

    assertThat(entry.title())
        .isEqualTo("Station Road closure extended to June as gas main work widens");
    assertThat(provenance(entry, "title"))
        .isEqualTo(Map.of("from", "text:fuller-title", "confidence", "high"));
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY);
  }

  /**
   * A story filed by e-mail under a desk's subject: the headline over the byline is the title, the
   * byline the author. The same lines under a Word file's own title leave that title alone.
   */
  @Test
  void aHeadlineOverABylineOutranksAnEmailSubject() {
    String headline = "Pellham pier to reopen in May after storm repairs";
    Entry mail =
        ok(
            extracted(
                "message/rfc822",
                Map.of("dc:title", List.of("pier story for Sat")),
                block(BlockKind.PARAGRAPH, headline),
                block(BlockKind.PARAGRAPH, "By Ines Varga"),
                block(BlockKind.PARAGRAPH, BODY)));
    Entry word =
        ok(
            extracted(
                DOCX,
                Map.of("dc:title", List.of("Pier reopening")),
                block(BlockKind.PARAGRAPH, headline),
                block(BlockKind.PARAGRAPH, "By Ines Varga"),
                block(BlockKind.PARAGRAPH, BODY)));

    assertThat(mail.title()).isEqualTo(headline);
    assertThat(provenance(mail, "title"))
        .isEqualTo(Map.of("from", "text:headline", "confidence", "high"));
    assertThat(mail.authors()).containsExactly("Ines Varga");
    assertThat(mail.body()).extracting(Block::text).containsExactly(BODY);
    assertThat(mail.metadata()).containsEntry("dc:title", "pier story for Sat");
    assertThat(word.title()).isEqualTo("Pier reopening");
  }

  /** A first paragraph that begins with the title is not a headline. */
  @Test
  void aSentenceThatBeginsWithTheTitleIsNotATitle() {
    String sentence = "Council closes the pool after energy costs tripled over the winter.";
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of("dc:title", List.of("Council closes the pool")),
                block(BlockKind.PARAGRAPH, sentence),
                block(BlockKind.PARAGRAPH, BODY)));

    assertThat(entry.title()).isEqualTo("Council closes the pool");
    assertThat(entry.body()).extracting(Block::text).containsExactly(sentence, BODY);
  }

  @Test
  void aVisibleBylineOutranksTheFileAuthorAndJunkPropertiesAreIgnored() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of(
                    "dc:title",
                    List.of("Microsoft Word - draft3.docx"),
                    "dc:creator",
                    List.of("Windows User")),
                block(BlockKind.PARAGRAPH, "Council closes the pool"),
                block(BlockKind.PARAGRAPH, "By Jane Doe, Staff Writer"),
                block(BlockKind.PARAGRAPH, BODY)));
    assertThat(entry.title()).isEqualTo("Council closes the pool");
    assertThat(provenance(entry, "title")).containsEntry("from", "text:first-line");
    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(provenance(entry, "authors")).containsEntry("from", "text:byline");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY);
  }

  /** The line of metadata sites print under a headline was the standfirst. */
  @Test
  void aStampLineUnderTheTitleGivesAuthorAndDate() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of(),
                block(BlockKind.PARAGRAPH, "Council closes the pool"),
                block(
                    BlockKind.PARAGRAPH, "Harlan Gazette | Published March 3, 2025 | By Jane Doe"),
                block(BlockKind.PARAGRAPH, BODY)));
    assertThat(entry.standfirst()).isNull();
    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(entry.published()).isEqualTo("2025-03-03");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY);
  }

  /** A template's byline block: the name, the job, the addresses; none of it is article text. */
  @Test
  void theAuthorsAddressesUnderTheBylineLeaveTheBody() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of(),
                block(BlockKind.PARAGRAPH, "Council closes the pool"),
                block(BlockKind.PARAGRAPH, "Byline: Jane Doe"),
                block(BlockKind.PARAGRAPH, "Health Reporter"),
                block(BlockKind.PARAGRAPH, "jane.doe@paper.example | @janedoe"),
                block(BlockKind.PARAGRAPH, BODY)));
    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(entry.metadata())
        .containsEntry("text:authorRole", "Health Reporter")
        .containsEntry("text:authorContact", "jane.doe@paper.example | @janedoe");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY);
  }

  /** A newsroom's copy template names its fields: the names are not the headline's words. */
  @Test
  void aCopyTemplatesFieldNamesAreNotText() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of(),
                block(BlockKind.PARAGRAPH, "SLUG: pool-closure"),
                block(BlockKind.PARAGRAPH, "HED: Council closes the pool for the summer"),
                block(
                    BlockKind.PARAGRAPH,
                    "DEK: Repairs to the filtration plant will take until September"),
                block(BlockKind.PARAGRAPH, "BYLINE: Jane Doe"),
                block(BlockKind.PARAGRAPH, BODY)));
    assertThat(entry.title()).isEqualTo("Council closes the pool for the summer");
    assertThat(entry.standfirst())
        .isEqualTo("Repairs to the filtration plant will take until September");
    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(entry.metadata()).containsEntry("text:slug", "pool-closure");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY);
  }

  @Test
  void aSectionHeadingAfterTheTitleIsNoStandfirst() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of("dc:title", List.of("Council closes the pool")),
                block(BlockKind.HEADING, "Background"),
                block(BlockKind.PARAGRAPH, BODY)));
    assertThat(entry.standfirst()).isNull();
    assertThat(entry.body()).extracting(Block::text).containsExactly("Background", BODY);
  }

  @Test
  void webPagesUseJsonLdAndStripSiteSuffixes() {
    Entry entry =
        ok(
            extracted(
                "text/html; charset=UTF-8",
                Map.of(
                    "html:title",
                    List.of("Council closes the pool | Example Gazette"),
                    "jsonld:author",
                    List.of("Jane Doe", "John Smith"),
                    "article:published_time",
                    List.of("2025-03-03T09:30:00+01:00")),
                new RawBlock(BlockKind.PARAGRAPH, "Home · News · Sport", 0, false),
                block(BlockKind.HEADING, "Council closes the pool"),
                block(BlockKind.PARAGRAPH, BODY),
                new RawBlock(BlockKind.PARAGRAPH, "Home · News · Sport", 0, false)));
    assertThat(entry.title()).isEqualTo("Council closes the pool");
    assertThat(provenance(entry, "title"))
        .isEqualTo(Map.of("from", "html:title", "confidence", "medium"));
    assertThat(entry.authors()).containsExactly("Jane Doe", "John Smith");
    assertThat(entry.published()).isEqualTo("2025-03-03T09:30:00+01:00");
    assertThat(provenance(entry, "published")).containsEntry("from", "article:published_time");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY);
    assertThat(entry.removed())
        .containsExactly(new Removal("Home · News · Sport", "outside-main-content", 2));
  }

  @Test
  void aDateGluedToTheFirstParagraphIsCutOut() {
    Entry labelled = ok(PlainText.of("Council closes the pool\n\ndate 2022-05-17 " + BODY));
    assertThat(labelled.published()).isEqualTo("2022-05-17");
    assertThat(provenance(labelled, "published"))
        .isEqualTo(Map.of("from", "text:glued-date", "confidence", "medium"));
    assertThat(labelled.body().get(0).text()).isEqualTo(BODY);
    assertThat(codes(labelled)).containsExactly(FlagCode.MISSING_AUTHOR);

    Entry dashed = ok(PlainText.of("Council closes the pool\n\nMarch 3, 2025 — " + BODY));
    assertThat(dashed.published()).isEqualTo("2025-03-03");
    assertThat(dashed.body().get(0).text()).isEqualTo(BODY);

    Entry wire = ok(PlainText.of("Council closes the pool\n\nLONDON, March 3 (Wire) - " + BODY));
    assertThat(wire.published()).isNull();
    assertThat(wire.body().get(0).text()).isEqualTo(BODY);
    assertThat(wire.metadata()).containsEntry("text:dateline", "LONDON, March 3 (Wire) -");
    assertThat(codes(wire)).contains(FlagCode.MISSING_DATE);
  }

  @Test
  void bylineAndDateLinesNearTheTopLeaveTheBody() {
    Entry entry =
        ok(
            PlainText.of(
                "Council closes the pool\n\nBy Jane Doe and John Smith\nPublished March 3, 2025\n\n"
                    + BODY
                    + "\n\n"
                    + BODY2));
    assertThat(entry.authors()).containsExactly("Jane Doe", "John Smith");
    assertThat(entry.published()).isEqualTo("2025-03-03");
    assertThat(provenance(entry, "published")).containsEntry("from", "text:labelled-date");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY, BODY2);
    assertThat(entry.flags()).isEmpty();
  }

  @Test
  void aBylineTrapStaysInTheBody() {
    String trap = "By many accounts, the pool was doomed. " + BODY;
    Entry entry = ok(PlainText.of("Council closes the pool\n\n" + trap));
    assertThat(entry.authors()).isEmpty();
    assertThat(entry.body()).extracting(Block::text).containsExactly(trap);
    assertThat(codes(entry)).containsExactly(FlagCode.MISSING_AUTHOR, FlagCode.MISSING_DATE);
  }

  /**
   * A byline in the copy's own language ({@code Par …} in French, {@code Von … und …} in German) is
   * the byline; in English copy a line opening with {@code Von} is text.
   */
  @Test
  void aBylineInTheCopysOwnLanguageIsTheByline() {
    Entry french =
        ok(
            PlainText.of(
                "La piscine restera fermée tout l'été\n\nPar Jeanne Roy et Marc Petit\n\n"
                    + FRENCH));
    assertThat(french.authors()).containsExactly("Jeanne Roy", "Marc Petit");
    assertThat(french.body()).extracting(Block::text).containsExactly(FRENCH);

    Entry german =
        ok(
            PlainText.of(
                "Das Freibad bleibt geschlossen\n\nVon Anna Schmidt und Jonas Weber\n\n" + GERMAN));
    assertThat(german.authors()).containsExactly("Anna Schmidt", "Jonas Weber");

    // Read as "By …", this would name "Trapp Family Singers" with the role "Live at the Harbour".
    String english = "Von Trapp Family Singers, Live at the Harbour";
    Entry trap = ok(PlainText.of("Choir festival returns\n\n" + english + "\n\n" + BODY));
    assertThat(trap.authors()).isEmpty();
    assertThat(trap.standfirst()).isEqualTo(english);
  }

  @Test
  void aMediaTypeWithoutAnEssenceStillNormalises() {
    Extracted extracted =
        extracted(
            ";",
            Map.of("dc:title", List.of("Council closes the pool")),
            block(BlockKind.PARAGRAPH, BODY));
    Entry entry = ok(extracted);
    assertThat(entry.title()).isEqualTo("Council closes the pool");
    assertThat(provenance(entry, "title")).containsEntry("from", "file:dc:title");
  }

  @Test
  void unknownStaysNullWithMissingFlags() {
    Entry entry = ok(PlainText.of(BODY + "\n\n" + BODY2));
    assertThat(entry.title()).isNull();
    assertThat(entry.standfirst()).isNull();
    assertThat(entry.authors()).isEmpty();
    assertThat(entry.published()).isNull();
    assertThat(entry.body()).hasSize(2);
    assertThat(codes(entry))
        .containsExactly(FlagCode.MISSING_TITLE, FlagCode.MISSING_AUTHOR, FlagCode.MISSING_DATE);
    assertThat(entry.metadata()).containsOnlyKeys("provenance");
  }

  @Test
  void anAuthorBioAloneGivesALowConfidenceAuthor() {
    Entry entry =
        ok(
            PlainText.of(
                "Council closes the pool\n\n"
                    + BODY
                    + "\n\n"
                    + "Jane Doe is a staff reporter at the Example Gazette."));
    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(provenance(entry, "authors"))
        .isEqualTo(Map.of("from", "text:author-bio", "confidence", "low"));
    assertThat(entry.body()).hasSize(2);
  }

  /**
   * A PDF column set under its headline and byline comes as one block of printed lines (PDFBox):
   * the byline is read and leaves, and the column's lines are its prose again, not a paragraph
   * each.
   */
  @Test
  void aPdfColumnWithItsBylineInsideIsProseNotAParagraphPerLine() {
    Entry entry =
        ok(
            new Extracted(
                source("application/pdf", "x"),
                List.of(
                    new RawBlock(
                        BlockKind.PARAGRAPH,
                        String.join(
                            "\n",
                            "Harbour tolls rise for the first time in a decade",
                            "By Jane Doe",
                            "The harbour board voted on Tuesday to raise",
                            "mooring tolls by 12 percent from April, the",
                            "first increase since 2015, after a long debate",
                            "about the cost of dredging the north channel."),
                        1,
                        true),
                    new RawBlock(BlockKind.PARAGRAPH, BODY, 1, true)),
                Map.of()));

    assertThat(entry.title()).isEqualTo("Harbour tolls rise for the first time in a decade");
    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(entry.body())
        .extracting(Block::text)
        .containsExactly(
            "The harbour board voted on Tuesday to raise mooring tolls by 12 percent from April, the"
                + " first increase since 2015, after a long debate about the cost of dredging the"
                + " north channel.",
            BODY);
  }

  @Test
  void pdfPagesLoseRunningHeadersAndMendHyphenation() {
    List<RawBlock> blocks = new java.util.ArrayList<>();
    String[] texts = {
      "The council voted to close the munici-\npal pool.",
      "Swimmers protested.",
      "The mayor stayed silent.",
      "A petition followed."
    };
    for (int page = 1; page <= 4; page++) {
      blocks.add(
          new RawBlock(
              BlockKind.PARAGRAPH,
              "Example Gazette — Council report\n" + texts[page - 1] + "\n" + page,
              page,
              true));
    }
    Entry entry = ok(new Extracted(source("application/pdf", "x"), blocks, Map.of()));
    assertThat(entry.body())
        .extracting(Block::text)
        .containsExactly(
            "The council voted to close the municipal pool.",
            "Swimmers protested.",
            "The mayor stayed silent.",
            "A petition followed.");
    assertThat(entry.removed())
        .contains(new Removal("Example Gazette — Council report", "running-header", 4));
    assertThat(entry.removed()).filteredOn(r -> r.reason().equals("page-number")).hasSize(4);
  }

  /**
   * A table of data is one body block: each cell cleaned as a line of text is (its no-break spaces
   * plain, its tabs the cells' only separators), never read as the title, a byline or boilerplate.
   */
  @Test
  void aTableIsOneBlockWithItsCellsCleanedAndIsNeverTheHead() {
    String table = "Share\tOpens\u00A0at\nHarlan Lido\t7\u00A0am\n\t\nBy the pier\tnoon";
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of(),
                block(BlockKind.TABLE, table),
                block(BlockKind.PARAGRAPH, BODY),
                block(BlockKind.TABLE, table)));

    assertThat(entry.title()).isNull();
    assertThat(entry.authors()).isEmpty();
    assertThat(entry.body())
        .extracting(Block::kind, Block::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                BlockKind.TABLE, "Share\tOpens at\nHarlan Lido\t7 am\nBy the pier\tnoon"),
            org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, BODY),
            org.assertj.core.groups.Tuple.tuple(
                BlockKind.TABLE, "Share\tOpens at\nHarlan Lido\t7 am\nBy the pier\tnoon"));
    assertThat(entry.removed()).isEmpty();
  }

  /**
   * A table's empty corner cell is kept (its header row opens with a tab: the tab places the
   * headings over their columns), a column empty in every row goes, and a short row is padded to
   * the table's width.
   */
  @Test
  void aTableKeepsItsCornerCellAndLosesItsEmptyColumns() {
    String table = "\t\t\tTurnout\t\tWinner\nNorthgate\t\t\t44%\nRiverside\t \t\t51%\t\tGreen";
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of(),
                block(BlockKind.PARAGRAPH, BODY),
                block(BlockKind.TABLE, table),
                block(BlockKind.TABLE, "\t\u00A0\n\t")));

    assertThat(entry.body())
        .extracting(Block::kind, Block::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, BODY),
            org.assertj.core.groups.Tuple.tuple(
                BlockKind.TABLE, "\tTurnout\tWinner\nNorthgate\t44%\t\nRiverside\t51%\tGreen"));
  }

  @Test
  void possibleBoilerplateIsKeptAndFlaggedWithItsBlock() {
    Entry entry =
        ok(
            PlainText.of(
                "Council closes the pool\n\n" + BODY + "\n\nPhoto: Example Gazette\n\n" + BODY2));
    assertThat(entry.body()).extracting(Block::text).contains("Photo: Example Gazette");
    Flag flag =
        entry.flags().stream()
            .filter(f -> f.code() == FlagCode.POSSIBLE_BOILERPLATE)
            .findFirst()
            .orElseThrow();
    assertThat(flag.blocks()).containsExactly(1);
    assertThat(flag.severity()).isEqualTo(FlagCode.POSSIBLE_BOILERPLATE.severity());
  }

  @Test
  void nothingLeftIsNoText() {
    Result<Entry> result = new Normalizer().apply(PlainText.of("Advertisement\n\nSubscribe"));
    assertThat(result)
        .isInstanceOfSatisfying(
            Result.Failed.class, f -> assertThat(f.error().code()).isEqualTo(ErrorCode.NO_TEXT));
    assertThat(new Normalizer().apply(PlainText.of(" \u00A0\u200B ")))
        .isInstanceOf(Result.Failed.class);
  }

  @Test
  void idWordCountAndLanguage() {
    Extracted extracted = PlainText.of("Council closes the pool\n\n" + BODY + "\n\n" + BODY2);
    Entry entry = ok(extracted);
    assertThat(entry.schemaVersion()).isEqualTo(1);
    assertThat(entry.id()).hasSize(32).isEqualTo(extracted.source().sha256().substring(0, 32));
    assertThat(entry.wordCount())
        .isEqualTo(TextCleaner.words(BODY) + TextCleaner.words(BODY2))
        .isEqualTo(55);
    assertThat(entry.language()).isEqualTo("en");
    assertThat(ok(PlainText.of("Kurz.")).language()).isNull();
    assertThat(
            ok(PlainText.of(
                    "Der Stadtrat hat am Montag beschlossen, das städtische Schwimmbad über den"
                        + " Winter zu schließen, weil sich die Energiekosten seit dem letzten Jahr"
                        + " verdreifacht haben."))
                .language())
        .isEqualTo("de");
  }

  /**
   * A press release: its embargo notice and release notice are not the title, its end mark and the
   * issuer's notes after it are not body, and the media contact's name is not the author.
   */
  @Test
  void aPressReleaseKeepsOnlyItsCopyAndCarriesItsEmbargo() {
    Entry entry =
        ok(
            PlainText.of(
                String.join(
                    "\n\n",
                    "EMBARGOED UNTIL 00:01 GMT, Thursday 3 April 2025",
                    "FOR IMMEDIATE RELEASE",
                    "Council closes the pool for the winter",
                    BODY,
                    "- more -",
                    BODY2,
                    "###",
                    "About Riverside Council: the council runs 14 parks and two pools.",
                    "Media contact: Jordan Pike, Communications Manager",
                    "By email: press@riverside.example")));
    assertThat(entry.title()).isEqualTo("Council closes the pool for the winter");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY, BODY2);
    assertThat(entry.authors()).isEmpty();
    assertThat(entry.removed())
        .extracting(Removal::reason)
        .containsExactlyInAnyOrder(
            "embargo-notice",
            "release-notice",
            "continuation-mark",
            "end-mark",
            "after-end-mark",
            "after-end-mark",
            "after-end-mark");
    assertThat(codes(entry)).contains(FlagCode.EMBARGO, FlagCode.MISSING_AUTHOR);
    assertThat(entry.metadata())
        .containsEntry("text:embargo", "EMBARGOED UNTIL 00:01 GMT, Thursday 3 April 2025")
        .containsEntry("text:embargoUntil", "2025-04-03");
  }

  /** An e-mailed release whose subject carries the embargo: the title is the rest. */
  @Test
  void anEmbargoInTheSubjectIsNotTheTitleAndStillFlagsTheEntry() {
    Entry entry =
        ok(
            extracted(
                "message/rfc822",
                Map.of(
                    "dc:title",
                    List.of(
                        "[EXTERNAL] EMBARGOED UNTIL 00:01 GMT 3 April 2025: Council closes the"
                            + " pool")),
                block(BlockKind.PARAGRAPH, BODY),
                block(BlockKind.PARAGRAPH, BODY2)));
    assertThat(entry.title()).isEqualTo("Council closes the pool");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY, BODY2);
    assertThat(codes(entry)).contains(FlagCode.EMBARGO);
    assertThat(entry.metadata())
        .containsEntry("text:embargo", "EMBARGOED UNTIL 00:01 GMT 3 April 2025")
        .containsEntry("text:embargoUntil", "2025-04-03")
        .containsEntry(
            "dc:title",
            "[EXTERNAL] EMBARGOED UNTIL 00:01 GMT 3 April 2025: Council closes the pool");
  }

  private static final String MARGIN_NOTICE = "EMBARGOED UNTIL 00:01 BST SATURDAY 5 APRIL 2025";

  /**
   * A release's embargo printed in its page header (Word, ODT, RTF: set aside as outside the main
   * content) or as a PDF's running header still flags the entry.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"page header", "pdf running header"})
  void anEmbargoInThePageMarginsFlagsTheEntry(String where) {
    Extracted extracted =
        where.equals("page header")
            ? extracted(
                DOCX,
                Map.of("dc:title", List.of("Ferry timetable changes")),
                new RawBlock(BlockKind.PARAGRAPH, MARGIN_NOTICE, 0, false),
                block(BlockKind.PARAGRAPH, BODY),
                block(BlockKind.PARAGRAPH, BODY2))
            : new Extracted(
                source("application/pdf", "x"),
                java.util.stream.IntStream.rangeClosed(1, 3)
                    .mapToObj(
                        page ->
                            new RawBlock(
                                BlockKind.PARAGRAPH,
                                MARGIN_NOTICE
                                    + "\n"
                                    + List.of(BODY, BODY2, BODY).get(page - 1)
                                    + "\n"
                                    + page,
                                page,
                                true))
                    .toList(),
                Map.of());

    Entry entry = ok(extracted);

    assertThat(codes(entry)).contains(FlagCode.EMBARGO);
    assertThat(entry.metadata())
        .containsEntry("text:embargo", MARGIN_NOTICE)
        .containsEntry("text:embargoUntil", "2025-04-05")
        .containsEntry("text:embargoLifts", "2025-04-04T23:01:00Z");
  }

  /** A web page's navigation and sidebars are no page margins: a notice there flags nothing. */
  @Test
  void anEmbargoOutsideAWebPagesMainContentFlagsNothing() {
    Entry entry =
        ok(
            extracted(
                "text/html",
                Map.of("og:title", List.of("Ferry timetable changes")),
                new RawBlock(BlockKind.PARAGRAPH, MARGIN_NOTICE, 0, false),
                block(BlockKind.PARAGRAPH, BODY),
                block(BlockKind.PARAGRAPH, BODY2)));

    assertThat(codes(entry)).doesNotContain(FlagCode.EMBARGO);
    assertThat(entry.metadata()).doesNotContainKey("text:embargo");
  }

  /** An agency story credits its reporters at the foot: they are the authors, editors are not. */
  @Test
  void aWireCreditLineNamesTheAuthorsAndLeavesTheBody() {
    String credits =
        "(Reporting by Ana Lima in Riverside; Additional reporting by Joe Ray; Editing by Tom Ito)";
    Entry entry =
        ok(PlainText.of(String.join("\n\n", "Council closes the pool", BODY, BODY2, credits)));
    assertThat(entry.authors()).containsExactly("Ana Lima", "Joe Ray");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY, BODY2);
    assertThat(entry.metadata()).containsEntry("text:credits", credits);
    assertThat(provenance(entry, "authors"))
        .isEqualTo(Map.of("from", "text:wire-credit", "confidence", "high"));
  }

  /** Without a credit line, the agency a dateline credits is the author, at low confidence. */
  @Test
  void aDatelineAgencyIsTheAuthorOnlyWhenNothingBetterIs() {
    String story =
        String.join("\n\n", "Council closes the pool", "LONDON (Reuters) - " + BODY, BODY2);
    Entry agency = ok(PlainText.of(story));
    assertThat(agency.authors()).containsExactly("Reuters");
    assertThat(provenance(agency, "authors"))
        .isEqualTo(Map.of("from", "text:dateline-agency", "confidence", "low"));

    Entry credited = ok(PlainText.of(story + "\n\n(Reporting by Ana Lima; Editing by Tom Ito)"));
    assertThat(credited.authors()).containsExactly("Ana Lima");
  }

  /** AP copy: a slug above the headline, a byline in capitals with its role on the next line. */
  @Test
  void anAgencyStoryLosesItsSlugAndKeepsItsBylineAndRole() {
    Entry entry =
        ok(
            PlainText.of(
                String.join(
                    "\n\n",
                    "BC-US--Pool Closure,0480",
                    "Council closes the pool for the winter",
                    "By JANE O'NEIL\nAP Business Writer",
                    "RIVERSIDE (AP) — " + BODY,
                    BODY2)));
    assertThat(entry.title()).isEqualTo("Council closes the pool for the winter");
    assertThat(entry.authors()).containsExactly("Jane O'Neil");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY, BODY2);
    assertThat(entry.metadata()).containsEntry("text:authorRole", "AP Business Writer");
    assertThat(entry.removed())
        .containsExactly(new Removal("BC-US--Pool Closure,0480", "wire-slug", 1));
  }

  /**
   * A smaller agency's name on the line under the byline is the byline's role, like AP's: before,
   * it was taken for a name and dropped from the entry without a trace.
   */
  @Test
  void anAgencysNameUnderTheBylineIsItsRole() {
    Entry entry =
        ok(
            PlainText.of(
                String.join(
                    "\n\n",
                    "Council closes the pool for the winter",
                    "By MARISA DELACROIX\nHarlan Wire Service",
                    "RIVERSIDE (HWS) — " + BODY,
                    BODY2)));
    assertThat(entry.authors()).containsExactly("Marisa Delacroix");
    assertThat(entry.metadata()).containsEntry("text:authorRole", "Harlan Wire Service");
  }

  /** Reuters copy: a version mark on the headline, summary bullets above the byline. */
  @Test
  void summaryBulletsAreAListAndTheBylineBelowThemIsRead() {
    Entry entry =
        ok(
            PlainText.of(
                String.join(
                    "\n\n",
                    "UPDATE 1-Council closes the pool for the winter",
                    "* Energy costs have tripled",
                    "* Roof leaks in heavy rain",
                    "By Ana Lima",
                    "RIVERSIDE, March 3 (Reuters) - " + BODY,
                    BODY2)));
    assertThat(entry.title()).isEqualTo("Council closes the pool for the winter");
    assertThat(entry.standfirst()).isNull();
    assertThat(entry.authors()).containsExactly("Ana Lima");
    assertThat(entry.body())
        .extracting(Block::kind, Block::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BlockKind.LIST, "Energy costs have tripled"),
            org.assertj.core.groups.Tuple.tuple(BlockKind.LIST, "Roof leaks in heavy rain"),
            org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, BODY),
            org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, BODY2));
  }

  /** A mail client's plain text: a logo placeholder above the headline, a phone's sign-off. */
  @Test
  void aLogoPlaceholderIsNotTheTitleAndAPhonesSignOffIsNotBody() {
    Entry entry =
        ok(
            PlainText.of(
                String.join(
                    "\n\n",
                    "[image: Riverside Council logo]",
                    "Council closes the pool for the winter",
                    BODY,
                    BODY2,
                    "Sent from my iPhone")));
    assertThat(entry.title()).isEqualTo("Council closes the pool for the winter");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY, BODY2);
    assertThat(entry.removed())
        .extracting(Removal::reason)
        .containsExactlyInAnyOrder("image-placeholder", "email-signature");
  }

  /** An agency kill: the entry says, loudest of all, not to publish it. */
  @Test
  void aWithdrawnStoryIsFlaggedAsAnError() {
    Entry entry =
        ok(
            PlainText.of(
                String.join(
                    "\n\n",
                    "MANDATORY KILL",
                    "BC-US--Pool Closure,0480",
                    "Council closes the pool for the winter",
                    BODY,
                    BODY2)));
    assertThat(entry.title()).isEqualTo("Council closes the pool for the winter");
    assertThat(entry.flags().get(0).code()).isEqualTo(FlagCode.WITHDRAWN);
    assertThat(entry.flags().get(0).severity()).isEqualTo(dev.copydesk.model.Severity.ERROR);
    assertThat(entry.metadata()).containsEntry("text:withdrawal", "MANDATORY KILL");
  }

  /** A Reuters dateline's day, dated by the mail it came in: a publication date, not a guess. */
  @Test
  void aDatelineDayTakesItsYearFromTheSentDate() {
    Entry entry =
        ok(
            extracted(
                "message/rfc822",
                Map.of(
                    "dc:title",
                    List.of("Council closes the pool"),
                    "dcterms:created",
                    List.of("2025-03-04T06:12:00Z")),
                block(BlockKind.PARAGRAPH, "RIVERSIDE, March 3 (Reuters) - " + BODY),
                block(BlockKind.PARAGRAPH, BODY2)));
    assertThat(entry.published()).isEqualTo("2025-03-03");
    assertThat(provenance(entry, "published"))
        .isEqualTo(Map.of("from", "text:dateline-date", "confidence", "medium"));
    assertThat(codes(entry)).doesNotContain(FlagCode.LOW_CONFIDENCE_DATE);
  }

  @Test
  void sameInputSameEntry() {
    Extracted extracted = PlainText.sample("000_9bc8c0bda46f3300.txt");
    assertThat(ok(extracted)).isEqualTo(ok(extracted));
  }

  static Entry ok(Extracted extracted) {
    Result<Entry> result = new Normalizer().apply(extracted);
    assertThat(result).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<Entry>) result).value();
  }

  static List<FlagCode> codes(Entry entry) {
    return entry.flags().stream().map(Flag::code).toList();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> provenance(Entry entry, String field) {
    return ((Map<String, Map<String, Object>>) entry.metadata().get("provenance")).get(field);
  }

  private static RawBlock block(BlockKind kind, String text) {
    return RawBlock.of(kind, text);
  }

  static Extracted extracted(
      String mediaType, Map<String, List<String>> properties, RawBlock... blocks) {
    return new Extracted(
        source(mediaType, String.join("|", properties.keySet())), List.of(blocks), properties);
  }

  static Source source(String mediaType, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return new Source("article", mediaType, bytes.length, PlainText.sha256(bytes));
  }
}
