package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.model.Entry;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import dev.copydesk.normalize.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * E-mails saved as {@code .eml}, as a stringer's mail client writes them, through the whole
 * extractor in both modes: the subject without its reply marks as the title, the plain-text part
 * decoded (quoted-printable, a Latin-1 label read as Windows-1252), the signature set aside, the
 * sender and the attachment only named, never read.
 */
class EmailExtractionTest {

  private static final String STRINGER =
      """
      From: =?UTF-8?Q?Jos=C3=A9_Alvarez?= <jose@stringers.example>\r
      To: desk@courier.example\r
      Subject: Fwd: RE: Copy: Cold Spring orchard reopens\r
      Date: Tue, 15 Apr 2025 18:02:11 +0000 (UTC)\r
      MIME-Version: 1.0\r
      Content-Type: multipart/mixed; boundary="outer"\r
      \r
      --outer\r
      Content-Type: multipart/alternative; boundary="alt"\r
      \r
      --alt\r
      Content-Type: text/plain; charset=ISO-8859-1\r
      Content-Transfer-Encoding: quoted-printable\r
      \r
      COLD SPRING HOLLOW =96 The Fairweather orchard reopened on Tuesday, a week aft=\r
      er hail flattened its blossoms, and pickers said the late varieties were saf=\r
      e.\r
      \r
      "We lost the early apples, not the season," said owner Lena Fairweather.\r
      \r
      --=20\r
      Jos=E9 Alvarez\r
      Stringer, Cold Spring Hollow\r
      --alt\r
      Content-Type: text/html; charset=UTF-8\r
      \r
      <html><body><p>The HTML alternative, not read when there is plain text.</p></body></html>\r
      --alt--\r
      --outer\r
      Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\r
       name="orchard-photos.docx"\r
      Content-Disposition: attachment; filename="orchard-photos.docx"\r
      Content-Transfer-Encoding: base64\r
      \r
      UEsDBBQAAAAIAA==\r
      --outer\r
      Content-Type: message/rfc822\r
      Content-Disposition: attachment; filename="earlier.eml"\r
      \r
      From: jose@stringers.example\r
      Subject: first draft\r
      Content-Type: text/plain\r
      \r
      An earlier draft, attached whole: not read.\r
      --outer--\r
      """;

  private static final String HTML_ONLY =
      """
      From: Press Office <press@harlanbay.example>\r
      Subject: Harbour ferry timetable changes from March 3\r
      Date: Mon, 24 Feb 2025 09:15:00 -0500\r
      MIME-Version: 1.0\r
      Content-Type: text/html; charset=UTF-8\r
      \r
      <html><body><p>HARLAN BAY – The ferry will run a reduced winter timetable from March 3 \
      while the Bay Runner’s new engine is fitted.</p><p>Crossings leave every 90 minutes.</p>\
      </body></html>\r
      """;

  private static final String ATTACHMENT_ONLY =
      """
      From: desk@courier.example\r
      Subject: story attached\r
      MIME-Version: 1.0\r
      Content-Type: multipart/mixed; boundary="b"\r
      \r
      --b\r
      Content-Type: application/pdf; name="story.pdf"\r
      Content-Disposition: attachment; filename="story.pdf"\r
      Content-Transfer-Encoding: base64\r
      \r
      JVBERi0xLjQK\r
      --b--\r
      """;

  @TempDir Path dir;

  static Stream<Arguments> extractors() {
    return Fixtures.bothModes();
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aStringersMailReadsAsItsTextPart(String mode, Extractor extractor) throws IOException {
    Extracted mail = extracted(extractor, write("orchard.eml", STRINGER));

    assertThat(mail.source().mediaType()).isEqualTo("message/rfc822");
    assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
        .containsExactly(
            "COLD SPRING HOLLOW – The Fairweather orchard reopened on Tuesday, a week after hail"
                + " flattened its blossoms, and pickers said the late varieties were safe.",
            "\"We lost the early apples, not the season,\" said owner Lena Fairweather.");
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside, b -> b.text().replaceAll("\\s+", " "))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                RawBlock.EMAIL_SIGNATURE, "José Alvarez Stringer, Cold Spring Hollow"));
    assertThat(mail.properties())
        .containsEntry("dc:title", List.of("Copy: Cold Spring orchard reopens"))
        .containsEntry("dcterms:created", List.of("2025-04-15T18:02:11Z"))
        .containsEntry("email:from", List.of("José Alvarez <jose@stringers.example>"))
        .containsEntry("email:attachments", List.of("orchard-photos.docx", "earlier.eml"))
        .doesNotContainKeys("dc:creator", "meta:author");
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anHtmlMailReadsAsAWebPage(String mode, Extractor extractor) throws IOException {
    Extracted mail = extracted(extractor, write("release.eml", HTML_ONLY));

    assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
        .containsExactly(
            "HARLAN BAY – The ferry will run a reduced winter timetable from March 3 while the"
                + " Bay Runner’s new engine is fitted.",
            "Crossings leave every 90 minutes.");
    assertThat(mail.properties())
        .containsEntry("dc:title", List.of("Harbour ferry timetable changes from March 3"))
        .containsEntry("dcterms:created", List.of("2025-02-24T09:15-05:00"));
  }

  /** A document that cannot be read, and no text to stand in: the document's own failure. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aMailWhoseOnlyDocumentCannotBeReadFailsWithItsCode(String mode, Extractor extractor)
      throws IOException {
    Path file = write("attached.eml", ATTACHMENT_ONLY);

    IngestError error = Fixtures.error(extractor.extract(file, "attached.eml"));

    assertThat(error.code()).isNotEqualTo(ErrorCode.NO_TEXT);
    assertThat(error.detail()).startsWith("The attached document story.pdf could not be read: ");
  }

  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aMailWithOnlyAPhotoHasNoTextAndSaysWhatToUpload(String mode, Extractor extractor)
      throws IOException {
    Path file =
        write("photo.eml", mail("Photo from the fire", null, "fire.jpg", "image/jpeg", "/9j/4AAQ"));

    IngestError error = Fixtures.error(extractor.extract(file, "photo.eml"));

    assertThat(error.code()).isEqualTo(ErrorCode.NO_TEXT);
    assertThat(error.detail()).contains("upload its attachments on their own: fire.jpg");
  }

  /**
   * A stringer's short covering note and the story as a Word file: the Word file is the article.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aCoveringNoteWithOneDocumentReadsTheDocument(String mode, Extractor extractor)
      throws IOException {
    String docx = libraryFireDocx();
    Path file =
        write(
            "copy.eml",
            mail(
                "library fire copy",
                COVERING_NOTE,
                "library-fire.docx",
                SupportedTypes.DOCX,
                docx));

    Extracted mail = extracted(extractor, file);

    assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
        .contains("“We lost the furniture. We did not lose the town’s memory.”")
        .doesNotContain(COVERING_NOTE);
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside, RawBlock::text)
        .contains(org.assertj.core.groups.Tuple.tuple(RawBlock.EMAIL_COVERING_NOTE, COVERING_NOTE));
    assertThat(mail.properties())
        .containsEntry("email:article", List.of("library-fire.docx"))
        .containsEntry("email:from", List.of("Priya Raman <priya@stringers.example>"))
        .containsEntry("dc:creator", List.of("Priya Raman"))
        .doesNotContainEntry("dc:title", List.of("library fire copy"));
  }

  /** A password on the attached story: the note is all there is, and the entry says why. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aCoveringNoteWithAnEncryptedDocumentKeepsTheNoteAndSaysWhy(String mode, Extractor extractor)
      throws IOException {
    String docx =
        Base64.getMimeEncoder()
            .encodeToString(
                Files.readAllBytes(Path.of("src/test/resources/fixtures/bad/encrypted.docx")));
    Path file =
        write("locked.eml", mail("story", COVERING_NOTE, "story.docx", SupportedTypes.DOCX, docx));

    Extracted mail = extracted(extractor, file);

    assertThat(mail.blocks()).extracting(RawBlock::text).containsExactly(COVERING_NOTE);
    assertThat(mail.properties().get("email:unreadAttachment").get(0))
        .startsWith("The attached document story.docx could not be read: ")
        .contains("password");
  }

  /** A zip bomb dressed as the attached story meets the same pre-scan as an upload. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aBombAttachedToACoveringNoteIsRefusedLikeAnUpload(String mode, Extractor extractor)
      throws IOException {
    Path bomb = dir.resolve("bomb.docx");
    HostileZips.docxBomb(bomb, 1024L * 1024 * 1024);
    String docx = Base64.getMimeEncoder().encodeToString(Files.readAllBytes(bomb));
    Path file = write("bomb.eml", mail("story", null, "story.docx", SupportedTypes.DOCX, docx));

    IngestError error = Fixtures.error(extractor.extract(file, "bomb.eml"));

    assertThat(error.code()).isEqualTo(ErrorCode.ARCHIVE_BOMB);
    assertThat(error.detail()).startsWith("The attached document story.docx could not be read: ");
  }

  /**
   * A desk forwards a release inline: the release is the article; the forwarder's note and the
   * forwarded header lines are set aside; the forwarder's signature sits above the forward and must
   * not swallow the release.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anInlineForwardReadsTheForwardedText(String mode, Extractor extractor) throws IOException {
    String forward =
        """
        From: Sam Ortiz <sam@riversidecourier.example>
        Subject: Fwd: Port halts north shore dredging
        Content-Type: text/plain; charset=utf-8

        Can you make this a brief? Thanks
        --
        Sam

        ---------- Forwarded message ---------
        From: Press Office <press@pellhamport.example>
        Date: Mon, Apr 7, 2025 at 4:42 PM
        Subject: Port halts north shore dredging

        PELLHAM — The port has suspended dredging along the north shore.

        Work in the outer channel resumes in May.
        """;

    Extracted mail = extracted(extractor, write("fwd.eml", forward));

    assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
        .containsExactly(
            "PELLHAM — The port has suspended dredging along the north shore.",
            "Work in the outer channel resumes in May.");
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()).map(RawBlock::setAside))
        .containsExactly(RawBlock.EMAIL_COVERING_NOTE, RawBlock.EMAIL_FORWARD_HEADER);
    assertThat(mail.properties())
        .containsEntry("dc:title", List.of("Port halts north shore dredging"));
  }

  /**
   * An HTML-only forward (an Outlook sent item, a web mail): the note and the header lines are set
   * aside as in a plain-text one, not left as the article's first paragraphs.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anHtmlOnlyForwardSetsAsideTheNoteAndHeader(String mode, Extractor extractor)
      throws IOException {
    String forward =
        """
        From: Dana Whitcombe <dana@courier.example>
        Subject: FW: Harbour festival dates confirmed
        Content-Type: text/html; charset=utf-8

        <html><body><div>Can we run this on Friday?</div><div>Dana</div><div><br></div><hr>
        <div><b>From:</b> Pellham Events &lt;events@pellham.example&gt;<br>
        <b>Sent:</b> Tuesday, March 11, 2025 4:52 PM<br>
        <b>To:</b> Dana Whitcombe &lt;dana@courier.example&gt;<br>
        <b>Subject:</b> Harbour festival dates confirmed</div><div><br></div>
        <p>The Pellham harbour festival will run from 14 to 16 June this year, the events office
        said.</p><p>Tickets for the evening concerts go on sale on 1 April.</p></body></html>
        """;

    Extracted mail = extracted(extractor, write("fwd.eml", forward));

    assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
        .containsExactly(
            "The Pellham harbour festival will run from 14 to 16 June this year, the events office"
                + " said.",
            "Tickets for the evening concerts go on sale on 1 April.");
    List<RawBlock> setAside = mail.blocks().stream().filter(b -> !b.mainContent()).toList();
    assertThat(setAside)
        .extracting(RawBlock::setAside, RawBlock::text)
        .startsWith(
            tuple(RawBlock.EMAIL_COVERING_NOTE, "Can we run this on Friday?"),
            tuple(RawBlock.EMAIL_COVERING_NOTE, "Dana"));
    assertThat(setAside.subList(2, setAside.size()))
        .isNotEmpty()
        .allSatisfy(b -> assertThat(b.setAside()).isEqualTo(RawBlock.EMAIL_FORWARD_HEADER));
  }

  /**
   * An HTML-only reply that files the story: the signature, the quoted request (a block, not {@code
   * >} lines) and the footer under it are set aside, as in a plain-text reply.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anHtmlOnlyReplySetsAsideSignatureAndQuotation(String mode, Extractor extractor)
      throws IOException {
    String reply =
        """
        From: Sam Ortiz <sam@courier.example>
        Subject: Re: ferry fares story
        Content-Type: text/html; charset=utf-8

        <html><body><div dir="ltr"><p>Fares on the Gannet Island ferry will rise by 8 percent
        from 1 May, the operator said on Tuesday.</p><p>Island residents keep their discount.</p>
        <p>--<br>Sam Ortiz<br>Riverside Courier</p></div><div class="gmail_quote">
        <div class="gmail_attr">On Tue, Mar 11, 2025 at 4:52 PM Newsdesk
        &lt;news@courier.example&gt; wrote:<br></div><blockquote class="gmail_quote">
        <div>Sam, can you file 150 words on the fares by tomorrow?</div></blockquote></div>
        <p>CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named
        recipient.</p></body></html>
        """;

    Extracted mail = extracted(extractor, write("reply.eml", reply));

    assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
        .containsExactly(
            "Fares on the Gannet Island ferry will rise by 8 percent from 1 May, the operator said"
                + " on Tuesday.",
            "Island residents keep their discount.");
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()).map(RawBlock::setAside))
        .startsWith(RawBlock.EMAIL_SIGNATURE, RawBlock.EMAIL_QUOTED)
        .containsOnly(RawBlock.EMAIL_SIGNATURE, RawBlock.EMAIL_QUOTED);
  }

  /** An HTML-only Outlook reply: its header of the message answered opens the quotation. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anHtmlOnlyOutlookReplySetsAsideTheMessageAnswered(String mode, Extractor extractor)
      throws IOException {
    String story =
        ("The county will spend 3.2 million pounds on flood defences along the Tessaly River"
                + " this year, the council said on Tuesday. ")
            .repeat(5)
            .strip();
    String reply =
        """
        From: Sam Ortiz <sam@courier.example>
        Subject: RE: flood defences
        Content-Type: text/html; charset=utf-8

        <html><body><p>%s</p><p>Councillors will vote on the plan on 2 April.</p><hr>
        <div id="divRplyFwdMsg"><b>From:</b> Newsdesk &lt;news@courier.example&gt;<br>
        <b>Sent:</b> Tuesday, March 11, 2025 4:52 PM<br><b>To:</b> Sam Ortiz<br>
        <b>Subject:</b> flood defences</div><div><p>Sam, can you do 150 words?</p></div>
        </body></html>
        """
            .formatted(story);

    Extracted mail = extracted(extractor, write("reply.eml", reply));

    assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
        .containsExactly(story, "Councillors will vote on the plan on 2 April.");
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .isNotEmpty()
        .allSatisfy(b -> assertThat(b.setAside()).isEqualTo(RawBlock.EMAIL_QUOTED));
  }

  /**
   * A brief filed as a reply to the desk's request ({@code RE:}), shorter than a covering note: the
   * brief is the article and the request under Outlook's header the quotation, in plain text and in
   * HTML. Read as a forward, the brief was set aside as its note and the upload failed with {@code
   * NO_TEXT}.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aBriefFiledAsAReplyIsTheArticleNotItsRequest(String mode, Extractor extractor)
      throws IOException {
    String brief =
        "Firefighters put out a blaze at a disused warehouse on Dock Road on Tuesday night."
            + " Nobody was hurt, the fire service said.";
    String plain =
        """
        From: Sam Ortiz <sam@courier.example>
        Subject: RE: 60 words on the warehouse fire?
        Content-Type: text/plain; charset=utf-8

        %s

        From: Newsdesk <news@courier.example>
        Sent: Tuesday, March 11, 2025 9:52 PM
        Subject: 60 words on the warehouse fire?

        Sam, can you file 60 words on the Dock Road fire tonight?
        """
            .formatted(brief);
    String html =
        """
        From: Sam Ortiz <sam@courier.example>
        Subject: RE: 60 words on the warehouse fire?
        Content-Type: text/html; charset=utf-8

        <html><body><p>%s</p><hr><div id="divRplyFwdMsg"><b>From:</b> Newsdesk
        &lt;news@courier.example&gt;<br><b>Sent:</b> Tuesday, March 11, 2025 9:52 PM<br>
        <b>Subject:</b> 60 words on the warehouse fire?</div><div><p>Sam, can you file 60 words on
        the Dock Road fire tonight?</p></div></body></html>
        """
            .formatted(brief);

    for (Extracted mail :
        List.of(
            extracted(extractor, write("reply.eml", plain)),
            extracted(extractor, write("reply-html.eml", html)))) {
      assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
          .containsExactly(brief);
      assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
          .isNotEmpty()
          .allSatisfy(b -> assertThat(b.setAside()).isEqualTo(RawBlock.EMAIL_QUOTED));
    }
  }

  /**
   * A reply signed with its sender's name was written by the sender: the name is {@code
   * email:signedBy}, which the entry takes for its author when the text has no byline. Not when the
   * message is no reply (a press office sends what others wrote), nor when the signature names
   * someone else than the sender (a desk account).
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aReplySignedByItsSenderNamesTheAuthor(String mode, Extractor extractor) throws IOException {
    String reply =
        """
        From: "Sam Ortiz" <sam@courier.example>
        Subject: RE: 60 words on the warehouse fire?
        Content-Type: text/plain; charset=utf-8

        Firefighters put out a blaze at a disused warehouse on Dock Road on Tuesday night.
        Nobody was hurt, the fire service said.

        Best,
        Sam Ortiz
        Stringer, Dock Road
        """;

    Extracted signed = extracted(extractor, write("reply.eml", reply));
    Extracted notAReply =
        extracted(extractor, write("fresh.eml", reply.replace("RE: 60 words on", "Copy:")));
    Extracted desk =
        extracted(
            extractor, write("desk.eml", reply.replace("\"Sam Ortiz\" <sam@", "Newsdesk <news@")));

    assertThat(signed.property(EmailArticles.SIGNED_BY)).isEqualTo("Sam Ortiz");
    assertThat(notAReply.properties()).doesNotContainKey(EmailArticles.SIGNED_BY);
    assertThat(desk.properties()).doesNotContainKey(EmailArticles.SIGNED_BY);
    Entry entry = ((Result.Ok<Entry>) new Normalizer().apply(signed)).value();
    assertThat(entry.authors()).containsExactly("Sam Ortiz");
    assertThat(entry.flags()).extracting(Flag::code).doesNotContain(FlagCode.MISSING_AUTHOR);
  }

  /**
   * An HTML-only release with a legal footer and no signature: the footer goes; a paragraph that
   * opens with a dash but runs on is the article's.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anHtmlOnlyFooterIsSetAsideAndADashedParagraphStays(String mode, Extractor extractor)
      throws IOException {
    String dashed =
        "-- and that, the harbour master said, was the end of it: the quay will stay shut to"
            + " vehicles until the surveyors have finished their work on the north wall.";
    String release =
        """
        From: Press Office <press@pellham.example>
        Subject: North quay closed to vehicles
        Content-Type: text/html; charset=utf-8

        <html><body><p>The north quay at Pellham is closed to vehicles from today.</p>
        <p>%s</p>
        <p>This email and any files transmitted with it are confidential and intended solely for
        the use of the addressee.</p></body></html>
        """
            .formatted(dashed);

    Extracted mail = extracted(extractor, write("release.eml", release));

    assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
        .containsExactly("The north quay at Pellham is closed to vehicles from today.", dashed);
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()).map(RawBlock::setAside))
        .containsExactly(RawBlock.EMAIL_DISCLAIMER);
  }

  /** Outlook adds no {@code "-- "}: the legal footer at the end is set aside on its own. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aLegalFooterAtTheEndIsSetAside(String mode, Extractor extractor) throws IOException {
    String footer =
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the"
            + " addressee and may contain privileged information.";
    String release =
        """
        From: Press Office <press@pellhamport.example>
        Subject: Port halts north shore dredging
        Content-Type: text/plain; charset=utf-8

        PELLHAM — The port has suspended dredging along the north shore.

        This message is confidential, the port said of a leaked memo, and will not be released.

        """
            + footer
            + "\r\n";

    Extracted mail = extracted(extractor, write("footer.eml", release));

    assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
        .containsExactly(
            "PELLHAM — The port has suspended dredging along the north shore.",
            "This message is confidential, the port said of a leaked memo, and will not be"
                + " released.");
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside, RawBlock::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RawBlock.EMAIL_DISCLAIMER, footer));
  }

  /** A stringer answers the desk's question: the answer is the copy, the quoted question is not. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aRepliesQuotationIsSetAside(String mode, Extractor extractor) throws IOException {
    String reply =
        """
        From: Sam Ortiz <sam@stringers.example>
        Subject: Re: pumper cost?
        Content-Type: text/plain; charset=utf-8

        The truck cost $687,000; two-thirds came from the state grant.

        On Sat, Apr 26, 2025 at 8:10 PM Newsdesk <news@riversidecourier.example> wrote:

        > Sam, what did the truck cost?
        > Desk
        """;

    Extracted mail = extracted(extractor, write("reply.eml", reply));

    assertThat(mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text))
        .containsExactly("The truck cost $687,000; two-thirds came from the state grant.");
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()).map(RawBlock::setAside))
        .containsOnly(RawBlock.EMAIL_QUOTED);
    assertThat(mail.properties()).containsEntry("dc:title", List.of("pumper cost?"));
  }

  private static final String COVERING_NOTE =
      "Hi desk, the library fire story is attached, about 600 words. Photos to follow tonight.";

  /**
   * A covering note written in HTML only (no text part) over the story: the document is the
   * article, and the note is set aside, not lost.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anHtmlOnlyCoveringNoteIsSetAsideNotLost(String mode, Extractor extractor)
      throws IOException {
    String docx = libraryFireDocx();
    String htmlNote =
        "--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>"
            + COVERING_NOTE
            + "</p></body></html>\r\n--b\r\n";
    String message =
        mail("library fire copy", null, "library-fire.docx", SupportedTypes.DOCX, docx)
            .replaceFirst("--b\r\n", htmlNote);

    Extracted mail = extracted(extractor, write("html-note.eml", message));

    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside, RawBlock::text)
        .contains(org.assertj.core.groups.Tuple.tuple(RawBlock.EMAIL_COVERING_NOTE, COVERING_NOTE));
    assertThat(mail.properties()).containsEntry("email:article", List.of("library-fire.docx"));
  }

  /** The library-fire seed's Word file, base64 for a MIME part. */
  private static String libraryFireDocx() throws IOException {
    return Base64.getMimeEncoder()
        .encodeToString(Files.readAllBytes(Path.of("seeds", "library-fire.docx")));
  }

  /** A mail from a stringer: an optional text part and one base64 attachment. */
  private static String mail(String subject, String text, String name, String type, String base64) {
    StringBuilder mail =
        new StringBuilder(
            "From: Priya Raman <priya@stringers.example>\r\nSubject: "
                + subject
                + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
    if (text != null) {
      mail.append("--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n")
          .append(text)
          .append("\r\n");
    }
    mail.append("--b\r\nContent-Type: ")
        .append(type)
        .append("\r\nContent-Disposition: attachment; filename=\"")
        .append(name)
        .append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
        .append(base64.replace("\n", "").replace("\r", "").replaceAll("(.{76})", "$1\r\n"))
        .append("\r\n--b--\r\n");
    return mail.toString();
  }

  /**
   * Hostile shapes: parts nested 5,000 deep read (mime4j keeps no recursion); 20,000 headers fail.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aDeeplyNestedOrHeaderStuffedMailGetsAnAnswer(String mode, Extractor extractor)
      throws IOException {
    StringBuilder deep = new StringBuilder("From: a@b.example\r\nSubject: deep\r\n");
    for (int i = 0; i < 5_000; i++) {
      deep.append(
          "Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n".formatted(i, i));
    }
    deep.append("Content-Type: text/plain\r\n\r\nThe innermost part is the story itself.\r\n");
    StringBuilder stuffed = new StringBuilder("From: a@b.example\r\nSubject: stuffed\r\n");
    for (int i = 0; i < 20_000; i++) {
      stuffed.append("X-Header-").append(i).append(": v\r\n");
    }
    stuffed.append("Content-Type: text/plain\r\n\r\nThe story itself.\r\n");

    Extracted nested = extracted(extractor, write("deep.eml", deep.toString()));
    Result<Extracted> headers =
        extractor.extract(write("stuffed.eml", stuffed.toString()), "stuffed.eml");

    assertThat(nested.blocks())
        .extracting(RawBlock::text)
        .containsExactly("The innermost part is the story itself.");
    assertThat(headers).isInstanceOf(Result.Failed.class);
    assertThat(((Result.Failed<Extracted>) headers).error().code())
        .isEqualTo(ErrorCode.CORRUPT_FILE);
  }

  private static Extracted extracted(Extractor extractor, Path file) {
    return Fixtures.extractOk(extractor, file, file.getFileName().toString());
  }

  private Path write(String name, String message) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, message.getBytes(StandardCharsets.UTF_8));
    return file;
  }
}
