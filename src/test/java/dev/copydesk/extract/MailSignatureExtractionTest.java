package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTML-only e-mails whose signature is marked by the mail program that wrote it, not opened by a
 * {@code --} line ({@link MailSignatures}), through the whole extractor in both modes: the sender's
 * name, job and telephone number are set aside, not read as the article's last paragraphs; a mark
 * around the whole text or around a forwarded message is not a signature.
 */
class MailSignatureExtractionTest {

  private static final String FERRY =
      "The harbour ferry will run every forty minutes instead of every twenty from January, the"
          + " transport authority confirmed on Wednesday.";
  private static final String SKIPPERS =
      "The authority said it had advertised six posts for skippers since the summer and filled"
          + " two.";

  /** A reply longer than a covering note: above Outlook's header, it is no forward's note. */
  private static final String REPLY =
      ("<div>" + FERRY + "</div><div>" + SKIPPERS + "</div>").repeat(3);

  private static final String SUBJECT = "Ferry timetable cut";

  @TempDir Path dir;

  static Stream<Arguments> extractors() {
    return Fixtures.bothModes();
  }

  /** Gmail marks its signature with a class and, by default now, no {@code --} above it. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void gmailsMarkedSignatureAndTheSignOffAboveItAreSetAside(String mode, Extractor extractor)
      throws IOException {
    Extracted mail =
        mail(
            extractor,
            """
            <div dir="ltr"><div>%s</div><div><br></div><div>%s</div><div><br></div>
            <div>Best,</div><div><div dir="ltr" class="gmail_signature"
            data-smartmail="gmail_signature"><div dir="ltr"><div>Dana Whitlock</div>
            <div>Freelance reporter, North Shore</div><div>+44 7700 900123</div></div></div>
            </div></div>
            """
                .formatted(FERRY, SKIPPERS));

    assertThat(article(mail)).containsExactly(FERRY, SKIPPERS);
    assertThat(setAside(mail))
        .containsExactly(
            tuple(RawBlock.EMAIL_SIGNATURE, "Best,"),
            tuple(RawBlock.EMAIL_SIGNATURE, "Dana Whitlock"),
            tuple(RawBlock.EMAIL_SIGNATURE, "Freelance reporter, North Shore"),
            tuple(RawBlock.EMAIL_SIGNATURE, "+44 7700 900123"));
  }

  /**
   * Outlook on the web and the new Outlook mark the signature {@code id="Signature"}; a press
   * officer's telephone number is not the story's last paragraph.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void outlooksMarkedSignatureIsSetAside(String mode, Extractor extractor) throws IOException {
    Extracted mail =
        mail(
            extractor,
            """
            <div class="elementToProof">%s</div><div class="elementToProof"><br></div>
            <div class="elementToProof">%s</div>
            <div id="Signature" class="elementToProof"><div><br></div><div>Priya Natarajan</div>
            <div>Communications Officer | Pellham City Council</div><div>T: 01632 960 418</div>
            </div>
            """
                .formatted(FERRY, SKIPPERS));

    assertThat(article(mail)).containsExactly(FERRY, SKIPPERS);
    assertThat(setAside(mail))
        .containsExactly(
            tuple(RawBlock.EMAIL_SIGNATURE, "Priya Natarajan"),
            tuple(RawBlock.EMAIL_SIGNATURE, "Communications Officer | Pellham City Council"),
            tuple(RawBlock.EMAIL_SIGNATURE, "T: 01632 960 418"));
  }

  /**
   * Gmail's {@code --} prefix goes with the signature it opens; the reply's quotation under them is
   * set aside as before.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void gmailsPrefixGoesWithItsSignatureAndTheQuotationStaysAside(String mode, Extractor extractor)
      throws IOException {
    Extracted mail =
        mail(
            extractor,
            """
            <div dir="ltr"><div>%s</div><div>%s</div><div><br></div>
            <span class="gmail_signature_prefix">-- </span><br><div dir="ltr"
            class="gmail_signature">Dana Whitlock<br>North Shore</div></div><br>
            <div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Mar 11, 2025 at
            4:52 PM Newsdesk &lt;news@courier.example&gt; wrote:<br></div><blockquote
            class="gmail_quote"><div>Dana, can you file on the ferry by tomorrow?</div>
            </blockquote></div>
            """
                .formatted(FERRY, SKIPPERS));

    assertThat(article(mail)).containsExactly(FERRY, SKIPPERS);
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside)
        .contains(RawBlock.EMAIL_SIGNATURE, RawBlock.EMAIL_QUOTED)
        .containsOnly(RawBlock.EMAIL_SIGNATURE, RawBlock.EMAIL_QUOTED);
    assertThat(mail.blocks()).noneMatch(b -> b.text().strip().equals("--"));
  }

  /** Thunderbird's signature is a {@code pre}; the sign-off above it is loose text. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void thunderbirdsSignatureAndLooseSignOffAreSetAside(String mode, Extractor extractor)
      throws IOException {
    Extracted mail =
        mail(
            extractor,
            """
            <p>%s</p><p>%s</p>
                Best regards,<br>
                <pre class="moz-signature" cols="72">--\s
            Sam Ortiz
            Riverside Courier</pre>
            """
                .formatted(FERRY, SKIPPERS));

    assertThat(article(mail)).containsExactly(FERRY, SKIPPERS);
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside, b -> b.text().replaceAll("\\s+", " ").strip())
        .containsExactly(
            tuple(RawBlock.EMAIL_SIGNATURE, "Best regards,"),
            tuple(RawBlock.EMAIL_SIGNATURE, "-- Sam Ortiz Riverside Courier"));
  }

  /** iPhone Mail marks its sign-off line too. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anIphonesMarkedSignOffIsSetAside(String mode, Extractor extractor) throws IOException {
    Extracted mail =
        mail(
            extractor,
            """
            <div dir="ltr">%s</div><div dir="ltr"><br></div><div dir="ltr">%s</div>
            <div dir="ltr"><br><div id="AppleMailSignature" dir="ltr">Sent from my iPhone</div>
            </div>
            """
                .formatted(FERRY, SKIPPERS));

    assertThat(article(mail)).containsExactly(FERRY, SKIPPERS);
    assertThat(setAside(mail))
        .containsExactly(tuple(RawBlock.EMAIL_SIGNATURE, "Sent from my iPhone"));
  }

  /**
   * Outlook on the web puts the message it forwards inside its {@code Signature} element: that is
   * the story, read as a forward (the note above it and the header set aside), not a signature.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aForwardInsideOutlooksSignatureMarkIsTheStory(String mode, Extractor extractor)
      throws IOException {
    Extracted mail =
        mail(
            extractor,
            """
            <div class="elementToProof">Can we run this on Friday?</div><div id="Signature">
            <div><div id="appendonsend"></div><div><br></div><hr tabindex="-1">
            <div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Pellham Transport
            &lt;press@pellham.example&gt;<br><b>Sent:</b> Tuesday, March 11, 2025 4:52 PM<br>
            <b>To:</b> Sam Ortiz &lt;sam@courier.example&gt;<br><b>Subject:</b> Ferry timetable
            </div><div><p>%s</p><p>%s</p></div></div></div>
            """
                .formatted(FERRY, SKIPPERS));

    assertThat(article(mail)).containsExactly(FERRY, SKIPPERS);
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside)
        .doesNotContain(RawBlock.EMAIL_SIGNATURE)
        .contains(RawBlock.EMAIL_FORWARD_HEADER);
  }

  /**
   * In a reply, the message answered is inside Outlook's {@code Signature} element too: it is set
   * aside as the quotation it is.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aReplyInsideOutlooksSignatureMarkIsAQuotation(String mode, Extractor extractor)
      throws IOException {
    Extracted mail =
        mail(
            extractor,
            """
            %s<div id="Signature"><div><div id="appendonsend"></div>
            <hr tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Newsdesk
            &lt;news@courier.example&gt;<br><b>Sent:</b> Tuesday, March 11, 2025 4:52 PM<br>
            <b>To:</b> Sam Ortiz<br><b>Subject:</b> ferry</div><div>Sam, can you do 150 words?
            </div></div></div>
            """
                .formatted(REPLY));

    assertThat(article(mail)).containsExactly(FERRY, SKIPPERS, FERRY, SKIPPERS, FERRY, SKIPPERS);
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside)
        .isNotEmpty()
        .containsOnly(RawBlock.EMAIL_QUOTED);
  }

  /**
   * Outlook's phone apps can put the whole text inside their signature mark: a mark holding as many
   * words as the rest of the message is not a signature.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aMarkAroundTheWholeTextIsNotASignature(String mode, Extractor extractor) throws IOException {
    Extracted mail =
        mail(
            extractor,
            """
            <div><br></div><div id="ms-outlook-mobile-signature" dir="auto"><div><br></div>
            <div dir="auto">%s</div><div dir="auto"><br></div><div dir="auto">%s</div></div>
            """
                .formatted(FERRY, SKIPPERS));

    assertThat(article(mail)).containsExactly(FERRY, SKIPPERS);
  }

  /** A signature is a few lines: a marked element longer than that is left to the text rules. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aLongMarkedElementIsNotASignature(String mode, Extractor extractor) throws IOException {
    String runOn = "The ferry will also stop at the north pier on weekdays. ".repeat(7).strip();
    Extracted mail = mail(extractor, REPLY + "<div class=\"gmail_signature\">" + runOn + "</div>");

    assertThat(article(mail)).endsWith(runOn);
  }

  /** Only an e-mail's marks count: a web page's own {@code id="Signature"} is its text. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aWebPagesSignatureIdIsItsText(String mode, Extractor extractor) throws IOException {
    Path page = dir.resolve("petition.html");
    Files.writeString(
        page,
        """
        <html><head><title>Ferry petition</title></head><body><p>%s</p><p>%s</p>
        <div id="Signature">Signed by 2,400 north shore residents</div></body></html>
        """
            .formatted(FERRY, SKIPPERS));

    Extracted read = Fixtures.extractOk(extractor, page, "petition.html");

    assertThat(article(read)).contains("Signed by 2,400 north shore residents");
  }

  /**
   * A plain-text mail without a {@code -- } line: the sign-off and the short lines under it that
   * end the text are the signature; a quotation that opens with {@code Thanks,} is not a sign-off.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aPlainTextSignOffOverTheSendersLinesIsTheSignature(String mode, Extractor extractor)
      throws IOException {
    String thanks = "\"Thanks, everyone, for your patience,\" the spokeswoman said.";
    Extracted mail =
        plainMail(
            extractor,
            """
            %s

            %s

            %s

            Best,
            Dana Whitlock
            Freelance reporter, North Shore
            +44 7700 900123
            --\s
            Sent with Proton Mail
            """
                .formatted(FERRY, SKIPPERS, thanks));

    assertThat(article(mail)).containsExactly(FERRY, SKIPPERS, thanks);
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside, RawBlock::text)
        .containsExactly(
            tuple(
                RawBlock.EMAIL_SIGNATURE,
                "Best,\nDana Whitlock\nFreelance reporter, North Shore\n+44 7700 900123\n"
                    + "Sent with Proton Mail"));
  }

  /** Short lines ending a story are its own when no sign-off opens them. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void shortLinesWithoutASignOffStayTheArticles(String mode, Extractor extractor)
      throws IOException {
    Extracted mail =
        plainMail(
            extractor,
            """
            The regatta results, as the club gave them on Sunday:

            First, Pellham Rowing Club
            Second, Harbour Oars
            Third, North Shore
            """);

    assertThat(mail.blocks()).allMatch(RawBlock::mainContent);
  }

  /**
   * Outlook's desktop program marks nothing: its sign-off and the sender's lines under it, ending
   * an HTML-only mail, are set aside as a plain-text one's.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anUnmarkedSignOffEndingAnHtmlMailIsTheSignature(String mode, Extractor extractor)
      throws IOException {
    Extracted mail =
        mail(
            extractor,
            """
            <p class=MsoNormal>%s</p><p class=MsoNormal>%s</p><p class=MsoNormal>Kind regards</p>
            <p class=MsoNormal><b>Priya Natarajan</b><br>Communications Officer<br>Pellham City
            Council</p>
            """
                .formatted(FERRY, SKIPPERS));

    assertThat(article(mail)).containsExactly(FERRY, SKIPPERS);
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside)
        .isNotEmpty()
        .containsOnly(RawBlock.EMAIL_SIGNATURE);
  }

  /**
   * Outlook on the web's reply: a brief, {@code Kind regards} (too short for the page's main
   * content), then the {@code Signature} element holding the sender's lines and the request
   * answered. The sign-off and the lines are the signature, the request the quotation, the brief
   * the article.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aSignOffLeftOutOfTheMainContentStillOpensTheSignature(String mode, Extractor extractor)
      throws IOException {
    Extracted mail =
        message(
            extractor,
            "text/html",
            """
            <html><body><div class="elementToProof">%s %s</div><div><br></div>
            <div class="elementToProof">Kind regards</div><div id="Signature"><div><br></div>
            <div>Marta Quigley</div><div>Correspondent, Gannet Island</div>
            <div>+1 555 0142 7781</div><div id="appendonsend"></div><hr tabindex="-1">
            <div id="divRplyFwdMsg"><b>From:</b> Newsdesk &lt;news@courier.example&gt;<br>
            <b>Sent:</b> Thursday, May 8, 2025 9:41 AM<br><b>Subject:</b> ferry</div>
            <div><p>Marta, can you give us 60 words on the ferry by 11?</p></div></div>
            </body></html>
            """
                .formatted(FERRY, SKIPPERS),
            "RE: ferry");

    assertThat(article(mail)).containsExactly(FERRY + " " + SKIPPERS);
    assertThat(mail.blocks().stream().filter(b -> RawBlock.EMAIL_SIGNATURE.equals(b.setAside())))
        .extracting(RawBlock::text)
        .containsExactly(
            "Kind regards", "Marta Quigley", "Correspondent, Gannet Island", "+1 555 0142 7781");
    assertThat(mail.blocks().stream().filter(b -> RawBlock.EMAIL_QUOTED.equals(b.setAside())))
        .isNotEmpty();
  }

  private static Stream<String> article(Extracted mail) {
    return mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text);
  }

  private static Stream<org.assertj.core.groups.Tuple> setAside(Extracted mail) {
    return mail.blocks().stream()
        .filter(b -> !b.mainContent())
        .map(b -> tuple(b.setAside(), b.text()));
  }

  private Extracted mail(Extractor extractor, String html) throws IOException {
    return message(extractor, "text/html", "<html><body>" + html + "</body></html>", SUBJECT);
  }

  private Extracted plainMail(Extractor extractor, String text) throws IOException {
    return message(extractor, "text/plain", text, SUBJECT);
  }

  private Extracted message(Extractor extractor, String type, String body, String subject)
      throws IOException {
    String message =
        """
        From: Sam Ortiz <sam@courier.example>
        Subject: %s
        Content-Type: %s; charset=utf-8

        %s
        """
            .formatted(subject, type, body);
    Path file = dir.resolve("mail.eml");
    Files.write(file, message.getBytes(StandardCharsets.UTF_8));
    return Fixtures.extractOk(extractor, file, "mail.eml");
  }
}
