package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A newsroom template's hidden styles in a docx (real Tika, both modes): a "Desk note" character
 * style with the Hidden effect, a style based on it, an "Instructions" paragraph style; a run in
 * the note style that turns Hidden off itself stays visible.
 */
class WordStylesTest {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String R =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  @TempDir Path dir;

  static Stream<Arguments> extractors() {
    return Stream.of(
        Arguments.of("in-process", Fixtures.EXTRACTOR), Arguments.of("forked", TikaPool.get()));
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void textInAHiddenStyleIsSetAside(String mode, Extractor extractor) throws IOException {
    Path file = write(dir.resolve("template.docx"));

    Result<Extracted> result = extractor.extract(file, "template.docx");

    assertThat(result).isInstanceOf(Result.Ok.class);
    Extracted doc = ((Result.Ok<Extracted>) result).value();
    assertThat(doc.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
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

  private static Path write(Path file) throws IOException {
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
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> entry : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private static String part(String root, String content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:%s xmlns:w=\"%s\">%s</w:%s>"
        .formatted(root, W, content, root);
  }
}
