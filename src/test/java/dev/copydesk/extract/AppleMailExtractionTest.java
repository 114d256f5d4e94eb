package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.RawBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Apple Mail's message files ({@code .emlx}) through the whole extractor in both modes. Each is
 * written here as Mail writes one: the length line (ten characters), the message with bare line
 * feeds, Mail's property list after it.
 */
class AppleMailExtractionTest {

  private static final Path SEED_SOURCE =
      Path.of("scripts", "seed-sources", "station-road-forward.eml");

  private static final String PROPERTY_LIST =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" \
      "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
      <plist version="1.0">
      <dict>
      \t<key>date-received</key>
      \t<integer>1741766621</integer>
      \t<key>flags</key>
      \t<integer>8590195713</integer>
      </dict>
      </plist>
      """;

  @TempDir Path dir;

  static Stream<Arguments> extractors() {
    return Fixtures.bothModes();
  }

  /** The .emlx and the e-mail inside it are the same article, with the same properties. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anEmlxReadsAsTheEmailItHolds(String mode, Extractor extractor) throws IOException {
    byte[] message =
        Files.readString(SEED_SOURCE).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    Path emlx = emlx("5091.emlx", message);

    Extracted fromMail = Fixtures.extractOk(extractor, emlx, "5091.emlx");
    Extracted fromEml = Fixtures.extractOk(extractor, SEED_SOURCE, "station-road-forward.eml");

    assertThat(fromMail.source().mediaType()).isEqualTo(SupportedTypes.APPLE_MAIL);
    Fixtures.assertSameArticle(fromMail, fromEml);
    assertThat(article(fromMail)).doesNotContain("date-received", "8590195713");
  }

  /**
   * A one-part message as Mail stores it, with the headers that make Tika take it for a plain
   * {@code .eml}: Mail's property list after it is not text of the article.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void mailsPropertyListIsNotText(String mode, Extractor extractor) throws IOException {
    String message =
        """
        Return-Path: <sam@gazette.example>
        Message-Id: <9C1E7A52-0B4D-4F0E-9D11-3E2B8A6F4C21@gazette.example>
        From: Sam Penrose <sam@gazette.example>
        Subject: Harbour wall repairs to start in March
        Date: Thu, 3 Dec 2026 09:14:00 +0000
        Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))
        Content-Type: text/plain; charset=utf-8; format=flowed
        Content-Transfer-Encoding: 8bit

        Repairs to the harbour wall at Eastport will start in March, the port authority said on \
        Wednesday.

        The work will close the north quay to vehicles for six weeks.
        """;
    Path emlx = emlx("8802.emlx", message.getBytes(StandardCharsets.UTF_8));

    Extracted mail = Fixtures.extractOk(extractor, emlx, "8802.emlx");

    assertThat(mail.source().mediaType()).isEqualTo(SupportedTypes.APPLE_MAIL);
    assertThat(mail.blocks())
        .extracting(RawBlock::text)
        .containsExactly(
            "Repairs to the harbour wall at Eastport will start in March, the port authority said"
                + " on Wednesday.",
            "The work will close the north quay to vehicles for six weeks.");
  }

  /**
   * A {@code .partial.emlx}: Mail kept the attached Word file beside the message, so its part is
   * empty. The message's own text is the article and the attachment is still named.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aPartialEmlxReadsTheMessageAndNamesTheAttachmentLeftBeside(String mode, Extractor extractor)
      throws IOException {
    String message =
        """
        From: Ines Varga <ines@stringers.example>
        To: desk@courier.example
        Subject: Ferry strike called off
        Date: Thu, 12 Mar 2026 18:20:00 +0100
        Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))
        Content-Type: multipart/mixed; boundary="Apple-Mail=_A1"

        --Apple-Mail=_A1
        Content-Transfer-Encoding: 7bit
        Content-Type: text/plain; charset=us-ascii

        The ferry crews' strike planned for Monday has been called off after the operator \
        agreed to review the new rosters, the union said on Thursday evening.

        Services between Pellham and Gannet Island will run as timetabled.

        --Apple-Mail=_A1
        Content-Disposition: attachment; filename=union-statement.docx
        Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;
        \tname=union-statement.docx
        Content-Transfer-Encoding: base64
        X-Apple-Content-Length: 18422


        --Apple-Mail=_A1--
        """;
    Path emlx = emlx("7310.partial.emlx", message.getBytes(StandardCharsets.US_ASCII));

    Extracted mail = Fixtures.extractOk(extractor, emlx, "7310.partial.emlx");

    assertThat(article(mail))
        .containsExactly(
            "The ferry crews' strike planned for Monday has been called off after the operator"
                + " agreed to review the new rosters, the union said on Thursday evening.",
            "Services between Pellham and Gannet Island will run as timetabled.");
    assertThat(mail.properties())
        .containsEntry("dc:title", List.of("Ferry strike called off"))
        .containsEntry("dcterms:created", List.of("2026-03-12T18:20+01:00"))
        .containsEntry("email:attachments", List.of("union-statement.docx"));
  }

  /** An .emlx cut short of the length its first line gives: the damaged-file code. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anEmlxCutShortFailsWithACode(String mode, Extractor extractor) throws IOException {
    byte[] message = Files.readAllBytes(SEED_SOURCE);
    Path cut = emlx("2.emlx", message);
    Files.write(cut, Arrays.copyOf(Files.readAllBytes(cut), message.length / 2));

    IngestError error = Fixtures.error(extractor.extract(cut, "2.emlx"));

    assertThat(error.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
    assertThat(error.detail()).doesNotContain("Exception", "\tat ");
  }

  /** An e-mail named .emlx without the length line (an .eml renamed) is read as the e-mail. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anEmlNamedEmlxReadsAsTheEml(String mode, Extractor extractor) throws IOException {
    Path renamed = Files.copy(SEED_SOURCE, dir.resolve("1.emlx"));

    Extracted mail = Fixtures.extractOk(extractor, renamed, "1.emlx");
    Extracted eml = Fixtures.extractOk(extractor, SEED_SOURCE, "station-road-forward.eml");

    assertThat(mail.source().mediaType()).isEqualTo("message/rfc822");
    assertThat(mail.blocks()).isEqualTo(eml.blocks());
  }

  /** {@code message} as Mail stores it: its length padded to ten characters, a property list. */
  private Path emlx(String name, byte[] message) throws IOException {
    Path file = dir.resolve(name);
    byte[] head =
        (String.format("%-10d", message.length) + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = PROPERTY_LIST.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + message.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(message, 0, all, head.length, message.length);
    System.arraycopy(tail, 0, all, head.length + message.length, tail.length);
    return Files.write(file, all);
  }

  private static List<String> article(Extracted mail) {
    return mail.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text).toList();
  }
}
