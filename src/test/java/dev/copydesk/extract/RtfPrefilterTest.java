package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RTF pre-filter on hand-written RTF: what it takes out, and that it leaves the rest alone. */
class RtfPrefilterTest {

  private static RtfPrefilter.Filtered filter(String rtf) {
    return RtfPrefilter.filter(rtf.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String text(RtfPrefilter.Filtered filtered) {
    return new String(filtered.rtf(), StandardCharsets.ISO_8859_1);
  }

  private static final String MARKUP = "{}\\' 0u-*";

  /** Cut short or with bytes changed anywhere, the fixture never makes the filter throw. */
  @Test
  void damagedRevisionsNeverThrow() throws java.io.IOException {
    byte[] rtf = java.nio.file.Files.readAllBytes(Fixtures.path("reviewed.rtf"));
    java.util.Random random = new java.util.Random(20261204);
    for (int i = 0; i < 400; i++) {
      byte[] damaged = java.util.Arrays.copyOf(rtf, 1 + random.nextInt(rtf.length));
      for (int flips = random.nextInt(8); flips > 0; flips--) {
        damaged[random.nextInt(damaged.length)] =
            (byte) MARKUP.charAt(random.nextInt(MARKUP.length()));
      }

      RtfPrefilter.Filtered filtered = RtfPrefilter.filter(damaged);

      assertThat(filtered.rtf()).isNotNull();
    }
  }

  @Test
  void aFileWithoutRevisionMarksIsTheSameBytes() {
    // \\headery and \\footery (the margins every Word file sets) open no header or footer.
    byte[] rtf =
        "{\\rtf1\\ansi\\headery720\\footery720 {\\b Bold} and \\u8220?quoted\\u8221?.\\par}"
            .getBytes();

    RtfPrefilter.Filtered filtered = RtfPrefilter.filter(rtf);

    assertThat(filtered.rtf()).isSameAs(rtf);
    assertThat(filtered.properties()).isEmpty();
  }

  /**
   * A paragraph with an outline level of 0 to 8 ends with the heading mark, as Word writes it (its
   * properties on the paragraph, until {@code \pard}) and as pandoc does (in a group of its own);
   * level 9 is Word's body text, and a style's outline level in the style sheet marks nothing.
   */
  @Test
  void aHeadingParagraphEndsWithTheHeadingMark() {
    String mark = RtfHeadings.HEADING_END_RTF;
    RtfPrefilter.Filtered filtered =
        filter(
            "{\\rtf1\\ansi{\\stylesheet{\\s1\\outlinelevel0 heading 1;}}"
                + "\\pard\\plain\\s1\\outlinelevel0\\b Budget passes\\par"
                + "\\pard\\plain Body text.\\par"
                + "{\\pard\\outlinelevel1 Crosshead\\par}"
                + "After the group.\\par"
                + "\\pard\\outlinelevel9 Body again.\\par}");

    assertThat(text(filtered))
        .isEqualTo(
            "{\\rtf1\\ansi{\\stylesheet{\\s1\\outlinelevel0 heading 1;}}"
                + "\\pard\\plain\\s1\\outlinelevel0\\b Budget passes"
                + mark
                + "\\par"
                + "\\pard\\plain Body text.\\par"
                + "{\\pard\\outlinelevel1 Crosshead"
                + mark
                + "\\par}"
                + "After the group.\\par"
                + "\\pard\\outlinelevel9 Body again.\\par}");
  }

  /**
   * A list item's printed number ({@code \\listtext}, which Tika skips) opens its text, after the
   * paragraph's properties; a bullet and a heading's empty number add nothing.
   */
  @Test
  void aListItemsPrintedNumberOpensItsText() {
    RtfPrefilter.Filtered filtered =
        filter(
            "{\\rtf1\\ansi\\pard{\\listtext\\pard\\plain 2.\\tab}\\ls1\\ilvl0 {Second} item\\par"
                + "\\pard{\\listtext\\pard\\plain \\'b7\\tab}\\ls2 Bullet\\par"
                + "\\pard{\\listtext\\pard\\plain \\tab}\\ls3\\outlinelevel0 Heading\\par"
                + "\\pard Plain\\par}");

    assertThat(text(filtered))
        .contains("\\ls1\\ilvl0 {2. Second} item\\par")
        .contains("\\ls2 Bullet\\par")
        .contains("\\ls3\\outlinelevel0 Heading" + RtfHeadings.HEADING_END_RTF + "\\par")
        .contains("\\pard Plain\\par");
  }

  @Test
  void deletedTextGoesWithItsEscapesAndInsertedTextStays() {
    RtfPrefilter.Filtered filtered =
        filter(
            "{\\rtf1\\ansi\\uc1 The vote was {\\deleted\\revauthdel1 3\\u8211?2 caf\\'e9 }"
                + "{\\revised 4\\u8211-1} today.\\par}");

    assertThat(text(filtered))
        .isEqualTo(
            "{\\rtf1\\ansi\\uc1 The vote was {\\deleted\\revauthdel1 }{\\revised 4\\u8211-1}"
                + " today.\\par}");
    assertThat(filtered.changes()).isEqualTo(2);
  }

  @Test
  void aCommentGroupIsDroppedAndItsTextKeptAside() {
    RtfPrefilter.Filtered filtered =
        filter(
            "{\\rtf1\\ansi Its bid was {\\*\\atrfstart 0}twice as high{\\*\\atrfend 0}"
                + "{{\\*\\atnid D}{\\*\\atnauthor Desk}\\chatn{\\*\\annotation{\\*\\atnref 0}"
                + "\\uc1 Check the \\u8220?figure\\u8221? {\\b first}.\\par}}.\\par}");

    assertThat(text(filtered))
        .isEqualTo(
            "{\\rtf1\\ansi Its bid was {\\*\\atrfstart 0}twice as high{\\*\\atrfend 0}{}.\\par}");
    assertThat(filtered.comments()).containsExactly("Check the “figure” first.");
    assertThat(filtered.properties()).containsEntry("review:comments", List.of("1"));
  }

  @Test
  void hiddenTextGoesAsideOnePassagePerParagraph() {
    RtfPrefilter.Filtered filtered =
        filter(
            "{\\rtf1\\ansi\\uc1 The vote was close.{\\v  Note: check the \\u8220?count\\u8221?"
                + " \\endash  caf\\'e9\\~desk.}\\par"
                + "\\pard\\plain {\\v Legal: hold}{\\v\\b  the name.}\\par"
                + " Residents {\\v secret }were {\\v0 divided}.\\v  Off-record.\\plain  On.\\par}");

    assertThat(text(filtered))
        .isEqualTo(
            "{\\rtf1\\ansi\\uc1 The vote was close.{\\v }\\par\\pard\\plain {\\v }{\\v\\b }"
                + "\\par Residents {\\v }were {\\v0 divided}.\\v \\plain  On.\\par}");
    assertThat(filtered.hidden())
        .containsExactly(
            "Note: check the “count” – café desk.", "Legal: hold the name.", "secret Off-record.");
    assertThat(filtered.properties()).containsEntry("review:hiddenText", List.of("3"));
  }

  @Test
  void aHiddenStyleDefinitionOrAnIgnorableGroupIsNotHiddenText() {
    byte[] rtf =
        ("{\\rtf1\\ansi{\\stylesheet{\\s15\\v Hidden Note;}}"
                + "{\\*\\bkmkstart {\\v mark}}The vote was close.\\par}")
            .getBytes(StandardCharsets.ISO_8859_1);

    RtfPrefilter.Filtered filtered = RtfPrefilter.filter(rtf);

    assertThat(filtered.rtf()).isEqualTo(rtf);
    assertThat(filtered.hidden()).isEmpty();
    assertThat(filtered.properties()).isEmpty();
  }

  @Test
  void aFootnoteLeavesItsNumberAndAPageFooterGoesAside() {
    RtfPrefilter.Filtered filtered =
        filter(
            "{\\rtf1{\\footer\\pard Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 3}}\\par}"
                + "\\pard Cited here{\\super\\chftn{\\footnote\\pard{\\super\\chftn} A note.}} and"
                + " on{\\super\\chftn{\\*\\footnote\\chftn\\pard\\tab Another.}}.\\par}");

    assertThat(text(filtered)).contains("Cited here{\\super\\chftn[1]} and on{\\super\\chftn[2]}.");
    assertThat(text(filtered)).doesNotContain("footnote", "footer", "A note", "Page");
    assertThat(filtered.notes()).containsExactly("A note.", "Another.");
    assertThat(filtered.pageFurniture()).containsExactly("Page 3");
    assertThat(filtered.apply(List.of()))
        .extracting(Piece::text, Piece::setAside)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("[1] A note.", null),
            org.assertj.core.groups.Tuple.tuple("[2] Another.", null),
            org.assertj.core.groups.Tuple.tuple("Page 3", "outside-main-content"));
  }
}
