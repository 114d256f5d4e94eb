package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.config.LimitsBuilder;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.RawBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * E-mails saved from Outlook ({@code .msg}) through the whole extractor in both modes. The files
 * were written from the e-mails beside them ({@code scripts/seed-sources/EmlToMsg.java}, by the
 * MS-OXMSG layout; msgconvert, a reader sharing no code with POI, reads them back), so each is
 * checked against what its {@code .eml} gives.
 */
class OutlookExtractionTest {

  private static final Path SEED = Path.of("seeds", "station-road-forward.msg");
  private static final Path SEED_SOURCE =
      Path.of("scripts", "seed-sources", "station-road-forward.eml");

  @TempDir Path dir;

  static Stream<Arguments> extractors() {
    return Fixtures.bothModes();
  }

  /**
   * A release a reporter forwarded from Outlook: the note and Outlook's header lines (no marker
   * line) set aside, the release the article, a link's address not written twice.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anOutlookForwardReadsAsTheForwardedRelease(String mode, Extractor extractor) {
    Extracted mail = Fixtures.extractOk(extractor, SEED, "station-road-forward.msg");

    assertThat(mail.source().mediaType()).isEqualTo(SupportedTypes.OUTLOOK);
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()).limit(3))
        .extracting(RawBlock::setAside, RawBlock::text)
        .containsExactly(
            tuple(
                RawBlock.EMAIL_COVERING_NOTE,
                "Can we get this in for Thursday? The council's map is on their site."),
            tuple(RawBlock.EMAIL_COVERING_NOTE, "Dana"),
            tuple(
                RawBlock.EMAIL_FORWARD_HEADER,
                "From: Marlow Borough Council Communications <comms@marlow-borough.example>\n"
                    + "Sent: Tuesday, March 11, 2025 4:52 PM\n"
                    + "To: Dana Whitcombe <dana.whitcombe@riversidecourier.example>\n"
                    + "Subject: MEDIA RELEASE: Station Road closure extended to June"));
    List<String> article = article(mail);
    assertThat(article).contains("MEDIA RELEASE").doesNotContain("Dana");
    assertThat(article)
        .anyMatch(
            t -> t.endsWith("sign up for weekly updates at www.marlow-borough.example/roadworks."));
    assertThat(mail.properties())
        .containsEntry("dc:title", List.of("MEDIA RELEASE: Station Road closure extended to June"))
        .containsEntry("dcterms:created", List.of("2025-03-12T08:03:41Z"))
        .containsEntry(
            "email:from", List.of("Dana Whitcombe <dana.whitcombe@riversidecourier.example>"))
        .containsEntry("email:attachments", List.of("image001.png"));
  }

  /** The .msg and the e-mail it was saved from are the same article. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aMsgReadsAsTheEmlItWasSavedFrom(String mode, Extractor extractor) {
    Extracted msg = Fixtures.extractOk(extractor, SEED, "station-road-forward.msg");
    Extracted eml = Fixtures.extractOk(extractor, SEED_SOURCE, "station-road-forward.eml");

    Fixtures.assertSameArticle(msg, eml);
  }

  /**
   * A stringer's two-line note over the Word file: the Word file is the article, its own title and
   * author win, and the note is set aside.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aCoveringNoteOverOneWordFileReadsTheWordFile(String mode, Extractor extractor) {
    Extracted mail =
        Fixtures.extractOk(extractor, Fixtures.path("outlook-note.msg"), "outlook-note.msg");

    assertThat(article(mail))
        .contains(
            "The city's harbour ferries will resume service on Monday after a four-month pause"
                + " for hull repairs, the transport office said on Thursday.");
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside, RawBlock::text)
        .contains(
            tuple(RawBlock.EMAIL_COVERING_NOTE, "Copy attached, as promised. Pictures to follow."),
            tuple(RawBlock.EMAIL_COVERING_NOTE, "José"));
    assertThat(mail.properties())
        .containsEntry("dc:title", List.of("Harbour Ferries Return After Winter Pause"))
        .containsEntry("dc:creator", List.of("Marta Okonkwo"))
        .containsEntry("email:article", List.of("library-copy.docx"))
        .containsEntry("email:from", List.of("José Alvarez <jose@stringers.example>"));
  }

  /**
   * A sent item: no internet header (its date is the submit time, in UTC) and no plain-text body,
   * so the HTML body is read, in the code page the message names (Windows-1252 quotes and pound
   * sign).
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anHtmlOnlySentItemReadsItsHtmlInItsCodePage(String mode, Extractor extractor) {
    Extracted mail =
        Fixtures.extractOk(extractor, Fixtures.path("outlook-html.msg"), "outlook-html.msg");

    assertThat(article(mail))
        .containsExactly(
            "The Gannet Island ferry will run an hourly service from 1 April, the operator said on"
                + " Thursday, after a winter of two-hour gaps that islanders called “a slow squeeze"
                + " on the whole community”.",
            "The first sailing will leave Pellham at 06:40 and the last will return from the island"
                + " at 21:15. Fares stay at £4.80 for adults.");
    assertThat(mail.properties())
        .containsEntry("dc:title", List.of("Ferry timetable copy"))
        .containsEntry("dcterms:created", List.of("2025-03-20T14:05Z"));
  }

  static Stream<Arguments> forwardedAsAttachment() {
    return Fixtures.bothModes()
        .flatMap(
            mode ->
                Stream.of("source/forwarded-attachment.eml", "forwarded-attachment.msg")
                    .map(file -> Arguments.of(mode.get()[0], mode.get()[1], file)));
  }

  /**
   * A release forwarded as an attachment (Outlook's "Forward as Attachment", an .eml attached in
   * any client) under a two-line note: the attached e-mail is the article, with its own subject,
   * date and sender; the note is set aside.
   */
  @ParameterizedTest(name = "{0} {2}", autoCloseArguments = false) // the pool is shared
  @MethodSource("forwardedAsAttachment")
  void aReleaseForwardedAsAnAttachmentIsTheArticle(String mode, Extractor extractor, String file) {
    Path path = Fixtures.path(file);
    Extracted mail = Fixtures.extractOk(extractor, path, path.getFileName().toString());

    assertThat(article(mail))
        .startsWith(
            "HARLAN BAY, March 20, 2025 — The Harlan Bay Ferry Company will run an hourly service"
                + " to Gannet Island from April 1, ending the two-hour gaps of the winter timetable,"
                + " the company said on Thursday.");
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside, RawBlock::text)
        .containsExactly(
            tuple(RawBlock.EMAIL_COVERING_NOTE, "Release attached for Saturday's paper."),
            tuple(RawBlock.EMAIL_COVERING_NOTE, "Kit"));
    assertThat(mail.properties())
        .containsEntry("dc:title", List.of("Harlan Bay ferry timetable from 1 April"))
        .containsEntry("dcterms:created", List.of("2025-03-20T16:30-04:00"))
        .containsEntry(
            "email:from", List.of("Harlan Bay Ferry Company <press@harlanbayferry.example>"))
        .containsEntry("email:article", List.of("Harlan Bay ferry timetable from 1 April.eml"));
  }

  /**
   * A message of its own (more than a covering note) keeps its text as the article, and an e-mail
   * attached to the attached e-mail is only named: one level is read.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void onlyOneLevelOfAttachedEmailIsReadAndOnlyUnderANote(String mode, Extractor extractor)
      throws IOException {
    String release = Files.readString(Fixtures.path("source/forwarded-attachment.eml"));
    String twice =
        """
        From: desk@riversidecourier.example
        Subject: FW: FW: ferry
        Content-Type: multipart/mixed; boundary="outer"

        --outer
        Content-Type: text/plain

        See below.
        --outer
        Content-Type: message/rfc822
        Content-Disposition: attachment; filename="fw.eml"

        """
            + release
            + "\n--outer--\n";
    String longNote = "Our own story, with the release attached for reference. ".repeat(12);
    String ownStory = release.replace("Release attached for Saturday's paper.", longNote);

    Extracted nested = Fixtures.extractOk(extractor, write("twice.eml", twice), "twice.eml");
    Extracted own = Fixtures.extractOk(extractor, write("own.eml", ownStory), "own.eml");

    assertThat(article(nested)).containsExactly("Release attached for Saturday's paper.", "Kit");
    assertThat(nested.properties()).containsEntry("email:article", List.of("fw.eml"));
    assertThat(article(own)).containsExactly(longNote.strip(), "Kit");
    assertThat(own.properties()).doesNotContainKey("email:article");
  }

  /** An HTML body longer than the text limit allows is refused before it is parsed. */
  @Test
  void anHtmlBodyOverTheTextLimitIsTooLarge() {
    Extractor small = new TikaExtractor(LimitsBuilder.defaults().maxTextChars(100).build());

    IngestError error =
        Fixtures.error(small.extract(Fixtures.path("outlook-html.msg"), "outlook-html.msg"));

    assertThat(error.code()).isEqualTo(ErrorCode.TOO_LARGE);
  }

  /** A .msg cut short: the damaged-file code, never a trace. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aDamagedMsgFailsWithACode(String mode, Extractor extractor) throws IOException {
    byte[] whole = Files.readAllBytes(SEED);
    Path cut = dir.resolve("cut.msg");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

    IngestError error = Fixtures.error(extractor.extract(cut, "cut.msg"));

    assertThat(error.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
    assertThat(error.detail()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static List<String> article(Extracted mail) {
    return mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text).toList();
  }
}
