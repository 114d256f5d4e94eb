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
 * What an ODT's own XML says about Tika's pieces: hidden text whose hiding styles are named styles
 * in {@code styles.xml} (what an author who made a "Desk note" character style gets), not only
 * LibreOffice's automatic ones; list numbers, which Tika leaves out.
 */
class OdtContentTest {

  private static final String NAMESPACES =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";

  @TempDir Path dir;

  /** A span in a style that inherits from a hidden one, and a paragraph in a hidden style. */
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

  /**
   * LibreOffice's own lists: an automatic style in {@code content.xml} (a second level shown as
   * {@code 1.1.}), a list that continues the numbering of the one before and one that does not, an
   * item's second paragraph and a list header (no number), a named style from {@code styles.xml}
   * with a prefix, and bullets (left as list items).
   */
  @Test
  void numberedListItemsGetTheirNumbers() throws IOException {
    Path odt =
        write(
            """
            <office:document-styles%s><office:styles>
            <text:list-style style:name="Numbering_20_ABC">
              <text:list-level-style-number text:level="1" style:num-prefix="("
                style:num-suffix=")" style:num-format="A"/></text:list-style>
            </office:styles></office:document-styles>"""
                .formatted(NAMESPACES),
            """
            <office:document-content%s><office:automatic-styles>
            <text:list-style style:name="L1">
              <text:list-level-style-number text:level="1" style:num-suffix="."
                style:num-format="1"/>
              <text:list-level-style-number text:level="2" style:num-suffix="."
                style:num-format="1" text:display-levels="2"/></text:list-style>
            <text:list-style style:name="L2">
              <text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
            </office:automatic-styles><office:body><office:text>
            <text:list text:style-name="L1">
              <text:list-item><text:p>Fares rise.</text:p></text:list-item>
              <text:list-item><text:p>Boats run later.</text:p><text:p>Not on Sundays.</text:p>
                <text:list><text:list-item><text:p>Friday: 23:40.</text:p></text:list-item>
                  <text:list-item><text:p>Saturday: 23:10.</text:p></text:list-item>
                </text:list></text:list-item>
              <text:list-item><text:p>Bikes travel free.</text:p></text:list-item>
            </text:list>
            <text:p>And one more:</text:p>
            <text:list text:style-name="L1" text:continue-numbering="true">
              <text:list-item><text:p>Dogs travel free.</text:p></text:list-item></text:list>
            <text:list text:style-name="L1">
              <text:list-header><text:p>Unchanged</text:p></text:list-header>
              <text:list-item><text:p>Fares rise.</text:p></text:list-item></text:list>
            <text:list text:style-name="Numbering_20_ABC">
              <text:list-item text:start-value="3"><text:p>North pier.</text:p></text:list-item>
            </text:list>
            <text:list text:style-name="L2">
              <text:list-item><text:p>on every crossing,</text:p></text:list-item></text:list>
            </office:text></office:body></office:document-content>"""
                .formatted(NAMESPACES));

    List<String> items =
        List.of(
            "Fares rise.",
            "Boats run later.",
            "Not on Sundays.",
            "Friday: 23:40.",
            "Saturday: 23:10.",
            "Bikes travel free.",
            "Dogs travel free.",
            "Unchanged",
            "Fares rise.",
            "North pier.",
            "on every crossing,");
    List<Piece> pieces =
        OdtContent.read(odt)
            .apply(items.stream().map(t -> Piece.of(BlockKind.LIST, null, t, 0, true)).toList());

    assertThat(pieces.stream().map(p -> p.kind() + " " + p.text()))
        .containsExactly(
            "PARAGRAPH 1. Fares rise.",
            "PARAGRAPH 2. Boats run later.",
            "LIST Not on Sundays.",
            "PARAGRAPH 2.1. Friday: 23:40.",
            "PARAGRAPH 2.2. Saturday: 23:10.",
            "PARAGRAPH 3. Bikes travel free.",
            "PARAGRAPH 4. Dogs travel free.",
            "LIST Unchanged",
            "PARAGRAPH 1. Fares rise.",
            "PARAGRAPH (C) North pier.",
            "LIST on every crossing,");
  }

  /** Lists nested deeper than ODF's ten levels: the deeper items go unnumbered, nothing fails. */
  @Test
  void listsNestedDeeperThanTenLevelsAreRead() throws IOException {
    String nested =
        "<text:list text:style-name=\"L1\"><text:list-item><text:p>Level</text:p>".repeat(12)
            + "</text:list-item></text:list>".repeat(12);
    Path odt =
        write(
            "<office:document-styles%s/>".formatted(NAMESPACES),
            """
            <office:document-content%s><office:automatic-styles>
            <text:list-style style:name="L1">
              <text:list-level-style-number text:level="1" style:num-suffix="."
                style:num-format="1"/></text:list-style>
            </office:automatic-styles><office:body><office:text>%s
            </office:text></office:body></office:document-content>"""
                .formatted(NAMESPACES, nested));

    List<Piece> pieces =
        OdtContent.read(odt)
            .apply(
                java.util.Collections.nCopies(
                    12, Piece.of(BlockKind.LIST, null, "Level", 0, true)));

    assertThat(pieces.get(0).text()).isEqualTo("1. Level");
    assertThat(pieces).hasSize(12);
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
