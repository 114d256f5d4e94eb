package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Removal;
import dev.copydesk.model.Result;
import dev.copydesk.normalize.Normalizer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire copy in IPTC's XML (NITF, NewsML-G2) through the whole extractor in both modes, and the
 * entry the normaliser makes of it. Each file is written here as an agency's feed writes one.
 */
class NewsXmlExtractionTest {

  static final String NITF =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <nitf version="-//IPTC//DTD NITF 3.6//EN">
        <head>
          <title>Ferry operator cancels winter timetable</title>
          <docdata>
            <doc-id id-string="HWS-2025-03-14-0012"/>
            <date.issue norm="20250314T093000Z"/>
            <du-key key="Ferry-Engine" version="2"/>
            <doc.copyright holder="Harlan Wire Service" year="2025"/>
            <ed-msg info="Eds: UPDATES with comment from the union in paragraph 4."/>
          </docdata>
        </head>
        <body>
          <body.head>
            <hedline>
              <hl1>Ferry operator cancels winter timetable after engine failure</hl1>
              <hl2>Islanders face a 40-minute detour by road for at least six weeks</hl2>
            </hedline>
            <byline>By <person>MARISA DELACROIX</person>, <byttl>Harlan Wire Service</byttl></byline>
            <dateline><location>HARLAN BAY</location>, <story.date norm="20250314">March 14</story.date></dateline>
            <abstract><p>The Gannet Island ferry will not sail until April.</p></abstract>
          </body.head>
          <body.content>
            <p>HARLAN BAY (HWS) — The operator of the Gannet Island ferry cancelled its winter \
      timetable on Friday after the ship's only engine failed in a storm.</p>
            <note noteclass="editorsnote"><p>Editors: a photo of the ferry is available.</p></note>
            <p>Repairs will take at least six weeks, said <person>Hal Brenner</person>, the \
      company's operations director.</p>
            <hl2>Detour by road</hl2>
            <bq><block><p>"We are doing everything we can to get islanders moving," Brenner said.</p></block>
              <credit>Hal Brenner</credit></bq>
            <media media-type="image">
              <media-reference source="ferry.jpg"/>
              <media-caption>The Gannet Island ferry at its berth on Friday.</media-caption>
            </media>
            <ul><li>Buses from the causeway at 6 a.m.</li><li>A water taxi at noon</li></ul>
            <table><tr><th>Route</th><th>Minutes</th></tr><tr><td>Causeway</td><td>40</td></tr></table>
            <p>The union said its members would be paid during the repairs.</p>
          </body.content>
          <body.end>
            <tagline>Associated Press writer Dana Whitlock contributed to this report.</tagline>
          </body.end>
        </body>
      </nitf>
      """;

  /** A further text item for {@link #NEWS_MESSAGE}: with it the message holds two stories. */
  static final String SECOND_STORY =
      """
      <newsItem guid="urn:newsml:hws.example:20250402:pier" standard="NewsML-G2">
        <contentMeta><headline>Pier lamps to be replaced</headline></contentMeta>
        <contentSet><inlineData contenttype="text/plain">The harbor board voted for new \
      lamps.

      Work starts in May.</inlineData></contentSet>
      </newsItem>
      """;

  static final String NEWS_MESSAGE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
        <header><sent>2025-04-02T14:05:00Z</sent></header>
        <itemSet>
          <newsItem guid="urn:newsml:hws.example:20250402:photo" standard="NewsML-G2">
            <itemMeta><itemClass qcode="ninat:picture"/></itemMeta>
            <contentMeta><headline>Rail yard at dusk</headline></contentMeta>
            <contentSet><remoteContent href="http://hws.example/photo.jpg" contenttype="image/jpeg"/></contentSet>
          </newsItem>
          <newsItem guid="urn:newsml:hws.example:20250402:rail-freight" standard="NewsML-G2">
            <rightsInfo>
              <copyrightHolder><name>Harlan Wire Service</name></copyrightHolder>
              <copyrightNotice>Copyright 2025 Harlan Wire Service.</copyrightNotice>
            </rightsInfo>
            <itemMeta>
              <itemClass qcode="ninat:text"/>
              <versionCreated>2025-04-02T14:04:00Z</versionCreated>
              <firstCreated>2025-04-02T11:30:00-04:00</firstCreated>
              <edNote>CORRECTS spelling of the union leader's name in paragraph 3.</edNote>
            </itemMeta>
            <contentMeta>
              <slugline>Rail-Freight-Deal</slugline>
              <headline>Rail freight deal keeps the Tessaly line open through 2030</headline>
              <headline role="hld:subhead">Shippers agree to guarantee 40 trains a week</headline>
              <by>By TOMASZ WIECZOREK</by>
              <dateline>COLD SPRING HOLLOW, April 2</dateline>
            </contentMeta>
            <contentSet>
              <inlineXML contenttype="application/xhtml+xml">
                <html xmlns="http://www.w3.org/1999/xhtml">
                  <head><title>Rail freight deal</title></head>
                  <body>
                    <p>COLD SPRING HOLLOW, April 2 (HWS) - The freight line along the Tessaly \
      River will stay open until at least 2030 under a deal signed on Wednesday.</p>
                    <p>The shippers agreed to guarantee 40 trains a week, enough to cover the \
      line's upkeep, said the railway's chief executive, Ruth Okafor.</p>
                    <h2>Union welcomes deal</h2>
                    <blockquote><p>"This keeps two hundred people in work," said union leader \
      Pavel Dvorak.</p></blockquote>
                    <p>The county had warned the line could close by the end of the year.</p>
                  </body>
                </html>
              </inlineXML>
            </contentSet>
          </newsItem>
        </itemSet>
      </newsMessage>
      """;

  @TempDir Path dir;

  static Stream<Arguments> extractors() {
    return Fixtures.bothModes();
  }

  /**
   * An NITF story is laid out as the agency's text feed prints it: headline, the advisory as an
   * {@code Eds:} line, standfirst, byline with its title on the next line, then the body, whose
   * note to editors is set aside and whose picture file is not text.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void nitfReadsAsTheWireFeedPrintsIt(String mode, Extractor extractor) throws IOException {
    Extracted extracted = Fixtures.extractOk(extractor, file("ferry.xml", NITF), "ferry.xml");

    assertThat(extracted.source().mediaType()).isEqualTo(SupportedTypes.NITF);
    assertThat(extracted.blocks())
        .startsWith(
            RawBlock.of(
                BlockKind.HEADING, "Ferry operator cancels winter timetable after engine failure"),
            RawBlock.of(
                BlockKind.PARAGRAPH, "Eds: UPDATES with comment from the union in paragraph 4."),
            RawBlock.of(
                BlockKind.HEADING,
                "Islanders face a 40-minute detour by road for at least six weeks"),
            RawBlock.of(BlockKind.PARAGRAPH, "By MARISA DELACROIX\nHarlan Wire Service"));
    assertThat(extracted.blocks())
        .contains(
            new RawBlock(
                BlockKind.PARAGRAPH,
                "Editors: a photo of the ferry is available.",
                0,
                NewsBlocks.ADVISORY),
            RawBlock.of(BlockKind.HEADING, "Detour by road"),
            RawBlock.of(
                BlockKind.QUOTE,
                "\"We are doing everything we can to get islanders moving,\" Brenner said."),
            RawBlock.of(BlockKind.CAPTION, "The Gannet Island ferry at its berth on Friday."),
            RawBlock.of(BlockKind.LIST, "Buses from the causeway at 6 a.m."),
            RawBlock.of(BlockKind.PARAGRAPH, "Causeway | 40"),
            RawBlock.of(
                BlockKind.PARAGRAPH,
                "Associated Press writer Dana Whitlock contributed to this report."));
    assertThat(String.join("\n", Fixtures.texts(extracted))).doesNotContain("ferry.jpg");
    assertThat(extracted.property(NewsXml.PUBLISHED)).isEqualTo("2025-03-14T09:30:00Z");
    assertThat(extracted.property(NewsXml.SLUG)).isEqualTo("Ferry-Engine");
    assertThat(extracted.property(NewsXml.ID)).isEqualTo("HWS-2025-03-14-0012");
    assertThat(extracted.property(NewsXml.DATELINE)).isEqualTo("HARLAN BAY, March 14");
    assertThat(extracted.property(NewsXml.COPYRIGHT)).isEqualTo("© 2025 Harlan Wire Service");
    assertThat(extracted.property(NewsXml.ABSTRACT))
        .isEqualTo("The Gannet Island ferry will not sail until April.");
    assertThat(extracted.properties()).doesNotContainKey(NewsXml.EMBARGOED);
  }

  /** The entry: the XML's headline, deck and date, the byline's name, the wire rules' removals. */
  @Test
  void nitfEntryTakesItsFieldsFromTheXml() throws IOException {
    Entry entry = entry(file("ferry.xml", NITF));

    assertThat(entry.title())
        .isEqualTo("Ferry operator cancels winter timetable after engine failure");
    assertThat(entry.standfirst())
        .isEqualTo("Islanders face a 40-minute detour by road for at least six weeks");
    assertThat(entry.authors()).containsExactly("Marisa Delacroix");
    assertThat(entry.published()).isEqualTo("2025-03-14T09:30:00Z");
    assertThat(entry.body().get(0).text())
        .startsWith("The operator of the Gannet Island ferry cancelled");
    assertThat(entry.removed())
        .extracting(Removal::reason, Removal::text)
        .contains(
            tuple("wire-advisory", "Eds: UPDATES with comment from the union in paragraph 4."),
            tuple("wire-advisory", "Editors: a photo of the ferry is available."));
    assertThat(entry.metadata())
        .containsEntry("text:authorRole", "Harlan Wire Service")
        .containsEntry("news:slug", "Ferry-Engine");
    assertThat(provenanceOf(entry, "title")).isEqualTo("news:headline");
    assertThat(provenanceOf(entry, "published")).isEqualTo("news:published");
    assertThat(entry.flags()).extracting(f -> f.code()).doesNotContain(FlagCode.EMBARGO);
  }

  /**
   * NITF's release time after its issue time holds the story back: the entry is flagged, with the
   * moment the embargo lifts. A release time equal to the issue time is no embargo (tested above).
   */
  @Test
  void nitfReleasedAfterItsIssueIsEmbargoed() throws IOException {
    String embargoed =
        NITF.replace(
            "<date.issue norm=\"20250314T093000Z\"/>",
            "<date.issue norm=\"20250314T093000Z\"/><date.release norm=\"20250315T000100-0500\"/>");

    Entry entry = entry(file("ferry.xml", embargoed));

    assertThat(entry.flags()).extracting(f -> f.code()).contains(FlagCode.EMBARGO);
    assertThat(entry.metadata())
        .containsEntry("news:embargoed", "2025-03-15T00:01:00-05:00")
        .containsEntry("text:embargoLifts", "2025-03-15T05:01:00Z")
        .containsEntry("text:embargo", "EMBARGOED UNTIL 05:01 UTC, 15 March 2025");
    String sameTime =
        NITF.replace(
            "<date.issue norm=\"20250314T093000Z\"/>",
            "<date.issue norm=\"20250314T093000Z\"/><date.release norm=\"20250314T093000Z\"/>");
    assertThat(entry(file("ferry2.xml", sameTime)).flags())
        .extracting(f -> f.code())
        .doesNotContain(FlagCode.EMBARGO);
  }

  /**
   * A NewsML-G2 message: its text item is read (the picture item before it is not), with the
   * headline, subhead, byline, first-created date and editorial note of its metadata.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void newsMlMessageReadsItsTextItem(String mode, Extractor extractor) throws IOException {
    Path message = file("rail.xml", NEWS_MESSAGE);
    Extracted extracted = Fixtures.extractOk(extractor, message, "rail.xml");

    assertThat(extracted.source().mediaType()).isEqualTo(SupportedTypes.NEWSML_MESSAGE);
    assertThat(Fixtures.texts(extracted, BlockKind.QUOTE))
        .containsExactly(
            "\"This keeps two hundred people in work,\" said union leader Pavel Dvorak.");
    assertThat(Fixtures.texts(extracted)).doesNotContain("Rail yard at dusk");
    Entry entry = normalized(extracted);
    assertThat(entry.title())
        .isEqualTo("Rail freight deal keeps the Tessaly line open through 2030");
    assertThat(entry.standfirst()).isEqualTo("Shippers agree to guarantee 40 trains a week");
    assertThat(entry.authors()).containsExactly("Tomasz Wieczorek");
    assertThat(entry.published()).isEqualTo("2025-04-02T11:30:00-04:00");
    assertThat(entry.flags()).extracting(f -> f.code()).contains(FlagCode.CORRECTION);
    assertThat(entry.body())
        .extracting(b -> b.kind())
        .containsExactly(
            BlockKind.PARAGRAPH,
            BlockKind.PARAGRAPH,
            BlockKind.HEADING,
            BlockKind.QUOTE,
            BlockKind.PARAGRAPH);
    assertThat(entry.metadata())
        .containsEntry("news:id", "urn:newsml:hws.example:20250402:rail-freight")
        .containsEntry("news:copyright", "Copyright 2025 Harlan Wire Service.");
  }

  /**
   * A message with a second text item: the first is the entry, the second is set aside whole
   * (headline and text) and the entry says the file holds two stories; the first message has none.
   */
  @Test
  void aMessagesFurtherTextItemIsSetAsideWholeAndFlagged() throws IOException {
    String twoStories = NEWS_MESSAGE.replace("</itemSet>", SECOND_STORY + "</itemSet>");

    Entry entry = entry(file("two.xml", twoStories));

    assertThat(entry.title())
        .isEqualTo("Rail freight deal keeps the Tessaly line open through 2030");
    assertThat(String.join("\n", entry.body().stream().map(b -> b.text()).toList()))
        .doesNotContain("lamps");
    assertThat(entry.removed())
        .filteredOn(r -> r.reason().equals(RawBlock.OTHER_STORY))
        .extracting(r -> r.text())
        .containsExactly(
            "Pier lamps to be replaced The harbor board voted for new lamps. Work starts in May.");
    assertThat(entry.flags())
        .filteredOn(f -> f.code() == FlagCode.MORE_STORIES)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("The file holds 2 stories"));
    assertThat(entry(file("one.xml", NEWS_MESSAGE)).flags())
        .extracting(f -> f.code())
        .doesNotContain(FlagCode.MORE_STORIES);
  }

  /**
   * A lone NewsML-G2 item whose text is NITF and which is embargoed ({@code <embargoed>}): the NITF
   * body is the story, and the entry is flagged.
   */
  @Test
  void newsMlItemWithNitfInsideAndAnEmbargo() throws IOException {
    String body = NITF.substring(NITF.indexOf("<body.content>"), NITF.indexOf("<body.end>"));
    String item =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:x:1">
          <itemMeta><embargoed>2025-03-15T00:01:00-05:00</embargoed></itemMeta>
          <contentMeta><headline>Ferry operator cancels winter timetable</headline></contentMeta>
          <contentSet><inlineXML contenttype="application/nitf+xml">
            <nitf><body>%s</body></nitf>
          </inlineXML></contentSet>
        </newsItem>
        """
            .formatted(body);

    Extracted extracted =
        Fixtures.extractOk(Fixtures.EXTRACTOR, file("item.xml", item), "item.xml");
    Entry entry = normalized(extracted);

    assertThat(extracted.source().mediaType()).isEqualTo(SupportedTypes.NEWSML_ITEM);
    assertThat(entry.body().get(0).text()).startsWith("The operator of the Gannet Island ferry");
    assertThat(entry.flags()).extracting(f -> f.code()).contains(FlagCode.EMBARGO);
    assertThat(entry.metadata()).containsEntry("text:embargoLifts", "2025-03-15T05:01:00Z");
  }

  /** A NewsML-G2 item carrying plain text ({@code inlineData}): its paragraphs. */
  @Test
  void newsMlInlineDataIsPlainText() throws IOException {
    String item =
        """
        <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:x:2">
          <contentMeta><headline>Council delays vote on the harbour plan</headline></contentMeta>
          <contentSet><inlineData contenttype="text/plain">The county council put off its vote \
        on the harbour plan until May.

        Councillors asked for the cost of the new sea wall first.</inlineData></contentSet>
        </newsItem>
        """;

    Extracted extracted =
        Fixtures.extractOk(Fixtures.EXTRACTOR, file("data.xml", item), "data.xml");

    assertThat(extracted.source().mediaType()).isEqualTo(SupportedTypes.NEWSML_ITEM);
    assertThat(Fixtures.texts(extracted, BlockKind.PARAGRAPH))
        .containsExactly(
            "The county council put off its vote on the harbour plan until May.",
            "Councillors asked for the cost of the new sea wall first.");
  }

  /** A message whose items only link to their content: no story text, said as such. */
  @Test
  void newsMlWithoutInlineContentHasNoText() throws IOException {
    String remote =
        NEWS_MESSAGE.substring(
                0, NEWS_MESSAGE.indexOf("<newsItem guid=\"urn:newsml:hws.example:20250402:rail"))
            + "</itemSet></newsMessage>";

    Result<Extracted> result = Fixtures.EXTRACTOR.extract(file("photo.xml", remote), "photo.xml");

    assertThat(Fixtures.error(result).code()).isEqualTo(ErrorCode.NO_TEXT);
    assertThat(Fixtures.error(result).detail()).contains("NewsML-G2");
  }

  /**
   * Found by the bytes, whatever the name: with a namespace and no XML declaration, and named
   * {@code .nitf} (which Tika's table gives to a satellite-image format); an XML file of another
   * kind is still refused, naming what is read.
   */
  @Test
  void detectedByTheRootElement() throws IOException {
    String bare =
        NITF.substring(NITF.indexOf("<nitf"))
            .replace("<nitf ", "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\" ");

    Extracted extracted =
        Fixtures.extractOk(Fixtures.EXTRACTOR, file("ferry.nitf", bare), "ferry.nitf");
    Result<Extracted> other =
        Fixtures.EXTRACTOR.extract(
            file(
                "feed.xml",
                "<?xml version=\"1.0\"?><rss><channel><title>x</title></channel></rss>"),
            "feed.xml");

    assertThat(extracted.source().mediaType()).isEqualTo(SupportedTypes.NITF);
    assertThat(extracted.property(NewsXml.HEADLINE))
        .isEqualTo("Ferry operator cancels winter timetable after engine failure");
    assertThat(Fixtures.error(other).code()).isEqualTo(ErrorCode.UNSUPPORTED_TYPE);
    assertThat(Fixtures.error(other).detail()).contains("NITF or NewsML-G2");
  }

  /**
   * The XML is never a way in: a DTD named by URL is not fetched (a listening socket sees no
   * connection), an external entity is not read, an entity bomb is not expanded.
   */
  @Test
  void noDtdFetchNoExternalEntityNoEntityBomb() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      listener.setSoTimeout(200);
      String withDtd =
          NITF.replace(
              "<nitf ",
              "<!DOCTYPE nitf SYSTEM \"http://127.0.0.1:%d/nitf-3-6.dtd\">\n<nitf "
                  .formatted(listener.getLocalPort()));
      Path secret = Files.writeString(dir.resolve("secret.txt"), "the-secret-line");
      String withEntities =
          NITF.replace(
                  "<nitf ",
                  """
                  <!DOCTYPE nitf [
                    <!ENTITY xxe SYSTEM "%s">
                    <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                    <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                    <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                    <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                  ]>
                  <nitf \
                  """
                      .formatted(secret.toUri()))
              .replace("contributed to this report.", "contributed &xxe; &d; to this report.");

      Extracted fetched =
          Fixtures.extractOk(Fixtures.EXTRACTOR, file("dtd.xml", withDtd), "dtd.xml");
      Extracted expanded =
          Fixtures.extractOk(Fixtures.EXTRACTOR, file("bomb.xml", withEntities), "bomb.xml");

      assertThat(fetched.property(NewsXml.SLUG)).isEqualTo("Ferry-Engine");
      assertThat(accepted(listener)).as("a connection to the DTD's address").isFalse();
      String text = String.join("\n", Fixtures.texts(expanded));
      assertThat(text)
          .doesNotContain("the-secret-line")
          .doesNotContain("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
      assertThat(text.length()).isLessThan(5_000);
    }
  }

  /** A hostile nesting depth is read without recursion: no stack overflow, the text is found. */
  @Test
  void deepNestingIsWalkedWithoutRecursion() throws IOException {
    int depth = 200_000;
    String nested =
        "<nitf><body><body.content>"
            + "<block>".repeat(depth)
            + "<p>The deepest paragraph of a hostile file, long enough to be kept.</p>"
            + "</block>".repeat(depth)
            + "<p>A second paragraph after it, so there is an article to read.</p>"
            + "</body.content></body></nitf>";

    Extracted extracted =
        Fixtures.extractOk(Fixtures.EXTRACTOR, file("deep.xml", nested), "deep.xml");

    assertThat(Fixtures.texts(extracted))
        .contains("The deepest paragraph of a hostile file, long enough to be kept.");
  }

  @Test
  void isoDatesFromNitfsBasicForm() {
    assertThat(NewsXml.isoDate("20250314T093000Z")).contains("2025-03-14T09:30:00Z");
    assertThat(NewsXml.isoDate("20250314T0930-0500")).contains("2025-03-14T09:30:00-05:00");
    assertThat(NewsXml.isoDate("20250314")).contains("2025-03-14");
    assertThat(NewsXml.isoDate("2025-04-02T11:30:00-04:00")).contains("2025-04-02T11:30:00-04:00");
  }

  private static boolean accepted(ServerSocket listener) throws IOException {
    try {
      listener.accept().close();
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static Entry entry(Path file) {
    return normalized(Fixtures.extractOk(Fixtures.EXTRACTOR, file, file.getFileName().toString()));
  }

  private static String provenanceOf(Entry entry, String field) {
    Object provenance = entry.metadata().get("provenance");
    return String.valueOf(((Map<?, ?>) ((Map<?, ?>) provenance).get(field)).get("from"));
  }

  /** The normaliser's entry for an extraction, which must succeed. */
  private static Entry normalized(Extracted extracted) {
    Result<Entry> result = new Normalizer().apply(extracted);
    assertThat(result).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<Entry>) result).value();
  }
}
