package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hidden text in an ODT whose hiding styles are named styles in {@code styles.xml} (what an author
 * who made a "Desk note" character style gets), not only LibreOffice's automatic ones: a span in a
 * style that inherits from a hidden one, and a paragraph in a hidden paragraph style.
 */
class OdtContentTest {

  private static final String NAMESPACES =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";

  @TempDir Path dir;

  @Test
  void hiddenNamedStylesHideTheirTextToo() throws IOException {
    Path odt =
        write(
            """
            <office:document-styles%s><office:styles>
            <style:style style:name="Desk_20_note" style:family="text">
              <style:text-properties text:display="none"/></style:style>
            <style:style style:name="Urgent_20_note" style:family="text"
              style:parent-style-name="Desk_20_note"/>
            <style:style style:name="Instructions" style:family="paragraph">
              <style:text-properties text:display="none"/></style:style>
            <style:style style:name="Quotations" style:family="paragraph"
              style:parent-style-name="Standard"/>
            </office:styles></office:document-styles>"""
                .formatted(NAMESPACES),
            """
            <office:document-content%s><office:body><office:text>
            <text:p text:style-name="Standard">The bridge reopens on Monday.<text:span \
            text:style-name="Urgent_20_note"> Confirm with the council.</text:span></text:p>
            <text:p text:style-name="Instructions">Run this above the fold.</text:p>
            <text:p text:style-name="Quotations">“It is safe,” the engineer said.</text:p>
            </office:text></office:body></office:document-content>"""
                .formatted(NAMESPACES));

    OdtContent content = OdtContent.read(odt);
    List<Piece> pieces =
        content.apply(
            List.of(
                piece("The bridge reopens on Monday. Confirm with the council."),
                piece("Run this above the fold."),
                piece("“It is safe,” the engineer said.")));

    assertThat(pieces.stream().filter(Piece::mainContent).map(Piece::text))
        .containsExactly("The bridge reopens on Monday.", "“It is safe,” the engineer said.");
    assertThat(pieces.stream().filter(p -> !p.mainContent()).map(Piece::text))
        .containsExactly("Confirm with the council.", "Run this above the fold.");
    assertThat(pieces.get(1).styleClass()).isEqualTo("Quotations");
    assertThat(content.properties()).containsEntry("review:hiddenText", List.of("2"));
  }

  private static Piece piece(String text) {
    return Piece.of(BlockKind.PARAGRAPH, null, text, 0, true);
  }

  private Path write(String styles, String content) throws IOException {
    Path file = dir.resolve("notes.odt");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String[] part : new String[][] {{"styles.xml", styles}, {"content.xml", content}}) {
        zip.putNextEntry(new ZipEntry(part[0]));
        zip.write(part[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }
}
