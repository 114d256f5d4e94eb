package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Word file as it leaves the desk: tracked changes not yet accepted, a lawyer's comment, a page
 * header and footer. Real Tika, in this JVM and in a forked child: the body reads as accepted, what
 * is not article text is kept aside (not in the body, not lost), and the counts come along.
 */
class ReviewMarkupTest {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String R =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  @TempDir Path dir;

  static Stream<Arguments> extractors() {
    return Fixtures.bothModes();
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void theBodyReadsAsAcceptedAndTheMarkupIsSetAside(String mode, Extractor extractor)
      throws IOException {
    Path file = write(dir.resolve("reviewed.docx"));

    Extracted doc = extracted(extractor, file, "reviewed.docx");
    List<String> body = body(doc);
    List<String> aside =
        doc.blocks().stream().filter(b -> !b.mainContent()).map(RawBlock::text).toList();
    assertThat(body)
        .containsExactly(
            "Ferry contract renewed",
            "The commission voted 4–1 to renew the contract on Thursday.",
            "The operator ordered a new engine.",
            "Residents were divided.");
    assertThat(String.join("\n", body))
        .doesNotContain("bribes", "3–2", "Legal", "DRAFT", "internal copy", "Note to desk");
    assertThat(aside)
        .containsExactlyInAnyOrder(
            "DRAFT - NOT FOR PUBLICATION",
            "Legal: we cannot print the vote count until the minutes are out.",
            "Riverside Courier internal copy",
            "Note to desk: the engine's cost is unconfirmed.");
    assertThat(doc.blocks().stream().filter(b -> !b.mainContent()).map(RawBlock::setAside))
        .containsExactlyInAnyOrder(
            RawBlock.OUTSIDE_MAIN_CONTENT,
            RawBlock.REVIEW_COMMENT,
            RawBlock.OUTSIDE_MAIN_CONTENT,
            RawBlock.HIDDEN_TEXT);
    assertThat(doc.properties())
        .containsEntry("review:trackedChanges", List.of("4"))
        .containsEntry("review:comments", List.of("1"))
        .containsEntry("review:hiddenText", List.of("1"));
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anOdtReadsAsAcceptedToo(String mode, Extractor extractor) throws IOException {
    Path file = writeOdt(dir.resolve("reviewed.odt"));

    Extracted doc = extracted(extractor, file, "reviewed.odt");
    assertThat(body(doc))
        .containsExactly(
            "The commission voted 4–1 to renew the contract on Thursday.",
            "Residents were divided.");
    assertThat(doc.blocks().stream().filter(b -> !b.mainContent()).map(b -> b.text().strip()))
        .containsExactly(
            "A commissioner took bribes, a source said.",
            "Legal: we cannot print the vote count until the minutes are out.");
    assertThat(doc.properties())
        .containsEntry("review:trackedChanges", List.of("1"))
        .containsEntry("review:comments", List.of("1"));
  }

  /**
   * A newsroom template's hidden styles in a docx: a "Desk note" character style with the Hidden
   * effect, a style based on it, an "Instructions" paragraph style; a run in the note style that
   * turns Hidden off itself stays visible.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void textInAHiddenWordStyleIsSetAside(String mode, Extractor extractor) throws IOException {
    Path file = writeTemplate(dir.resolve("template.docx"));

    Extracted doc = extracted(extractor, file, "template.docx");
    assertThat(body(doc))
        .containsExactly(
            "The bridge reopens on Monday, the council said.",
            "Engineers signed off on the repairs on Friday.");
    assertThat(doc.blocks().stream().filter(b -> !b.mainContent()).map(RawBlock::text))
        .containsExactlyInAnyOrder(
            "Desk: confirm the date with the council.",
            "Run this above the fold; no photo yet.",
            "Legal: do not name the engineer.");
    assertThat(doc.properties()).containsEntry("review:hiddenText", List.of("3"));
  }

  private static Path writeTemplate(Path file) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
        <Default Extension="xml" ContentType="application/xml"/>
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
        </Types>""");
    parts.put(
        "_rels/.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>
        </Relationships>"""
            .formatted(R));
    parts.put(
        "word/_rels/document.xml.rels",
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
        <Relationship Id="rIdS" Type="%s/styles" Target="styles.xml"/>
        </Relationships>"""
            .formatted(R));
    parts.put(
        "word/styles.xml",
        part(
            "styles",
            "<w:style w:type=\"character\" w:styleId=\"DeskNote\"><w:name w:val=\"Desk note\"/>"
                + "<w:rPr><w:i/><w:vanish/></w:rPr></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"LegalNote\">"
                + "<w:basedOn w:val=\"DeskNote\"/><w:rPr><w:b/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Instructions\">"
                + "<w:rPr><w:vanish/></w:rPr></w:style>"));
    parts.put(
        "word/document.xml",
        part(
            "document",
            "<w:body>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">The bridge reopens on Monday,"
                + " the council said.</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"DeskNote\"/>"
                + "</w:rPr><w:t xml:space=\"preserve\"> Desk: confirm the date with the"
                + " council.</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Instructions\"/></w:pPr><w:r><w:t>Run this"
                + " above the fold; no photo yet.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:rStyle w:val=\"DeskNote\"/><w:vanish w:val=\"0\"/>"
                + "</w:rPr><w:t xml:space=\"preserve\">Engineers signed off on the repairs on"
                + " Friday.</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"LegalNote\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\"> Legal: do not name the engineer.</w:t></w:r>"
                + "</w:p></w:body>"));
    return zip(file, parts.keySet().stream().toList(), parts);
  }

  static Stream<Arguments> libreOfficeFiles() {
    return inBothModes("reviewed.doc", "reviewed.rtf", "reviewed.odt");
  }

  /** Each fixture with each extractor. */
  private static Stream<Arguments> inBothModes(String... names) {
    return Stream.of(names)
        .flatMap(
            name -> extractors().map(mode -> Arguments.of(name, mode.get()[0], mode.get()[1])));
  }

  /**
   * The seed with a struck sentence and a lawyer's comment, saved by LibreOffice as Word 97, RTF
   * and ODT: every format reads as accepted, with the comment set aside.
   */
  @ParameterizedTest(name = "{0} {1}", autoCloseArguments = false) // the pool is shared
  @MethodSource("libreOfficeFiles")
  void theSeedSavedInOtherFormatsReadsAsAcceptedToo(String name, String mode, Extractor extractor) {
    Extracted doc = extracted(extractor, Fixtures.path(name), name);
    String body = String.join("\n", body(doc));
    assertThat(body)
        .contains("The audit also found $186,000 in payments", "nearly twice as high")
        .doesNotContain("bribes", "bid tabulation", "Legal desk");
    assertThat(
            doc.blocks().stream()
                .filter(b -> !b.mainContent())
                .map(b -> b.text().replaceAll("\\s+", " ").strip()))
        .contains(
            "Check this against the bid tabulation before it runs; the minutes say $58 million,"
                + " the chair said “almost double”.");
    assertThat(doc.properties()).containsEntry("review:comments", List.of("1"));
    assertThat(Integer.parseInt(doc.properties().get("review:trackedChanges").get(0)))
        .isBetween(1, 2);
  }

  static Stream<Arguments> hiddenTextFiles() {
    return inBothModes("hidden.docx", "hidden.doc", "hidden.rtf", "hidden.odt");
  }

  /**
   * Hidden text as LibreOffice writes Word's in each format (a sentence after a comment, a whole
   * paragraph, an aside in a paragraph with a link): never in the body, always set aside and
   * counted, and the visible rest of each paragraph intact.
   */
  @ParameterizedTest(name = "{0} {1}", autoCloseArguments = false) // the pool is shared
  @MethodSource("hiddenTextFiles")
  void hiddenTextIsTakenOutOfTheBodyInEveryFormat(String name, String mode, Extractor extractor) {
    Extracted doc = extracted(extractor, Fixtures.path(name), name);
    assertThat(body(doc))
        .containsExactly(
            "The harbour commission approved a new engine for the Bay Runner ferry on Thursday,"
                + " ending a month of breakdowns on the island route.",
            "Commuters said the repairs could not come soon enough, after three cancelled"
                + " crossings in a week left hundreds waiting on the quay.",
            "The new engine is due in March, and the ferry will run a reduced timetable until it"
                + " is fitted.");
    assertThat(
            doc.blocks().stream()
                .filter(b -> !b.mainContent())
                .map(b -> b.text().replaceAll("\\s+", " ").strip()))
        .containsExactlyInAnyOrder(
            "Legal: fine to name the operator.",
            "Note to desk: the engine's cost is unconfirmed, do not print a figure.",
            "Legal: hold the mechanic's name until the inquiry reports on Friday.",
            "(check with the yard)");
    assertThat(doc.properties())
        .containsEntry("review:hiddenText", List.of("3"))
        .containsEntry("review:comments", List.of("1"));
    assertThat(
            doc.blocks().stream()
                .filter(b -> !b.mainContent())
                .map(b -> b.setAside() + ": " + b.text().replaceAll("\\s+", " ").strip()))
        .contains(
            "review-comment: Legal: fine to name the operator.",
            "hidden-text: (check with the yard)");
  }

  /** An ODT as LibreOffice writes one with "Record changes" on: the deletion kept up front. */
  private static Path writeOdt(Path file) throws IOException {
    String content =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"         xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"         xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
        <office:body><office:text>
        <text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>
        <office:change-info><dc:creator>Desk</dc:creator><dc:date>2025-05-02T21:40:00</dc:date>        </office:change-info>
        <text:p>A commissioner took bribes, a source said.</text:p>
        </text:deletion></text:changed-region></text:tracked-changes>
        <text:p>The commission voted 4–1 to renew the contract<office:annotation><dc:creator>Legal</dc:creator><text:p>Legal: we cannot print the vote count until the minutes are out.</text:p></office:annotation> on Thursday.</text:p>
        <text:p><text:change text:change-id="ct1"/>Residents were divided.</text:p>
        </office:text></office:body></office:document-content>""";
    String manifest =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"         manifest:version="1.3">
        <manifest:file-entry manifest:full-path="/"         manifest:media-type="application/vnd.oasis.opendocument.text"/>
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>""";
    try (OutputStream out = Files.newOutputStream(file);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      ZipArchiveEntry mimetype = new ZipArchiveEntry("mimetype");
      byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      mimetype.setMethod(ZipArchiveEntry.STORED);
      mimetype.setSize(type.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      zip.putArchiveEntry(mimetype);
      zip.write(type);
      zip.closeArchiveEntry();
      for (Map.Entry<String, String> part :
          List.of(
              Map.entry("content.xml", content), Map.entry("META-INF/manifest.xml", manifest))) {
        zip.putArchiveEntry(new ZipArchiveEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
      }
    }
    return file;
  }

  /** The package, part by part, in the shape Word writes it. */
  private static Path write(Path file) throws IOException {
    Map<String, String> parts =
        Map.of(
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
            <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
            <Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
            </Types>""",
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>
            </Relationships>"""
                .formatted(R),
            "word/_rels/document.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rIdH" Type="%1$s/header" Target="header1.xml"/>
            <Relationship Id="rIdF" Type="%1$s/footer" Target="footer1.xml"/>
            <Relationship Id="rIdC" Type="%1$s/comments" Target="comments.xml"/>
            </Relationships>"""
                .formatted(R),
            "word/document.xml",
            part(
                "document",
                "<w:body>"
                    + paragraph("<w:r><w:t>Ferry contract renewed</w:t></w:r>")
                    + paragraph(
                        "<w:r><w:t xml:space=\"preserve\">The commission voted </w:t></w:r>"
                            + "<w:del w:id=\"1\" w:author=\"Desk\"><w:r><w:delText>3–2"
                            + "</w:delText></w:r></w:del>"
                            + "<w:ins w:id=\"2\" w:author=\"Desk\"><w:r><w:t>4–1</w:t></w:r>"
                            + "</w:ins><w:commentRangeStart w:id=\"7\"/>"
                            + "<w:r><w:t xml:space=\"preserve\"> to renew the contract"
                            + "</w:t></w:r><w:commentRangeEnd w:id=\"7\"/>"
                            + "<w:r><w:commentReference w:id=\"7\"/></w:r>"
                            + "<w:r><w:t xml:space=\"preserve\"> on Thursday.</w:t></w:r>")
                    + paragraph(
                        "<w:moveFrom w:id=\"3\" w:author=\"Desk\"><w:r><w:t>A commissioner"
                            + " took bribes, a source said.</w:t></w:r></w:moveFrom>")
                    + paragraph(
                        "<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>"
                            + "<w:r><w:t>The operator ordered a new engine.</w:t></w:r>"
                            + "<w:r><w:rPr><w:b/><w:vanish/></w:rPr><w:t xml:space=\"preserve\">"
                            + " Note to desk: the engine's cost is unconfirmed.</w:t></w:r>")
                    + paragraph(
                        "<w:moveTo w:id=\"4\" w:author=\"Desk\"><w:r><w:t>Residents were"
                            + " divided.</w:t></w:r></w:moveTo>")
                    + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
                    + "<w:footerReference w:type=\"default\" r:id=\"rIdF\"/></w:sectPr>"
                    + "</w:body>"),
            "word/header1.xml",
            part("hdr", paragraph("<w:r><w:t>DRAFT - NOT FOR PUBLICATION</w:t></w:r>")),
            "word/footer1.xml",
            part("ftr", paragraph("<w:r><w:t>Riverside Courier internal copy</w:t></w:r>")),
            "word/comments.xml",
            part(
                "comments",
                "<w:comment w:id=\"7\" w:author=\"Legal\">"
                    + paragraph(
                        "<w:r><w:t>Legal: we cannot print the vote count until the minutes are"
                            + " out.</w:t></w:r>")
                    + "</w:comment>"));
    return zip(
        file,
        List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "word/_rels/document.xml.rels",
            "word/document.xml",
            "word/header1.xml",
            "word/footer1.xml",
            "word/comments.xml"),
        parts);
  }

  /** The file extracted, which must succeed. */
  private static Extracted extracted(Extractor extractor, Path file, String name) {
    return Fixtures.extractOk(extractor, file, name);
  }

  /** The article's blocks' text. */
  private static List<String> body(Extracted doc) {
    return doc.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text).toList();
  }

  /** A package of {@code parts}, written in the order of {@code names}. */
  private static Path zip(Path file, List<String> names, Map<String, String> parts)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      for (String name : names) {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(parts.get(name).getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
      }
    }
    return file;
  }

  private static String part(String root, String content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:%s xmlns:w=\"%s\" xmlns:r=\"%s\">%s</w:%s>"
        .formatted(root, W, R, content, root);
  }

  private static String paragraph(String runs) {
    return "<w:p>" + runs + "</w:p>";
  }
}
