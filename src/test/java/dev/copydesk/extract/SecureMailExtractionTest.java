package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.RawBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * S/MIME e-mails through the whole extractor in both modes: a council release signed opaquely
 * ({@code smime.p7m}), clear-signed ({@code multipart/signed}) and encrypted, all made by openssl
 * from {@code source/smime-release.mime} ({@code make-fixtures.sh}).
 */
class SecureMailExtractionTest {

  private static final List<String> RELEASE =
      List.of(
          "Winter opening hours at the borough's six libraries will run until 8 p.m. on weekdays"
              + " from 7 December, the council said on Wednesday.",
          "The longer evenings are paid for from the winter resilience fund and run until the end"
              + " of February. Study rooms at Kiln Lane and Mill Street will stay open until 9 p.m."
              + " during the January exam weeks.");

  @TempDir Path dir;

  static Stream<Arguments> extractors() {
    return Fixtures.bothModes();
  }

  /**
   * Signed opaquely, the release is inside the signature: it is read as the message's text, and the
   * signature file is not offered as an attachment to upload.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anOpaquelySignedReleaseReadsAsItsText(String mode, Extractor extractor) {
    Extracted mail = extract(extractor, "smime-signed.eml");

    assertThat(article(mail)).isEqualTo(RELEASE);
    assertThat(mail.blocks().stream().filter(b -> !b.mainContent()))
        .extracting(RawBlock::setAside, RawBlock::text)
        .containsExactly(tuple(RawBlock.EMAIL_SIGNATURE, "Press Office, Marlow Borough Council"));
    assertThat(mail.properties())
        .containsEntry("dc:title", List.of("Library hours extended over winter"))
        .containsEntry("dcterms:created", List.of("2026-12-02T16:00Z"))
        .containsEntry("email:from", List.of("press@marlow-borough.example"))
        .doesNotContainKey("email:attachments");
  }

  /** The same release signed opaquely and kept by Outlook (.msg, smime.p7m attached): the same. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anOpaquelySignedOutlookMessageReadsAsTheEml(String mode, Extractor extractor) {
    Extracted msg = extract(extractor, "smime-signed.msg");
    Extracted eml = extract(extractor, "smime-signed.eml");

    Fixtures.assertSameArticle(msg, eml);
  }

  /** Clear-signed, the same release: its signature part (smime.p7s) is not an attachment. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aClearSignedReleaseReadsAsTheOpaqueOne(String mode, Extractor extractor) {
    Extracted clear = extract(extractor, "smime-clear-signed.eml");
    Extracted opaque = extract(extractor, "smime-signed.eml");

    Fixtures.assertSameArticle(clear, opaque);
  }

  /**
   * Encrypted to the recipient's key, as an .eml or kept by Outlook (a .msg with the enveloped data
   * as smime.p7m): the encrypted code and what to do, not "no text".
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anEncryptedEmailFailsAsEncrypted(String mode, Extractor extractor) {
    for (String name : List.of("smime-encrypted.eml", "smime-encrypted.msg")) {
      IngestError error = Fixtures.error(extractor.extract(Fixtures.path(name), name));

      assertThat(error.code()).as(name).isEqualTo(ErrorCode.ENCRYPTED);
      assertThat(error.detail()).as(name).contains("encrypted (S/MIME)").contains("unencrypted");
    }
  }

  /** A signed part whose bytes are not a signature: named, and the e-mail has no text. */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aDamagedSignedPartIsOnlyNamed(String mode, Extractor extractor) throws IOException {
    String signed = Files.readString(Fixtures.path("smime-signed.eml"));
    String headers = signed.substring(0, signed.indexOf("\n\n") + 2);
    Path damaged =
        Files.writeString(dir.resolve("damaged.eml"), headers + "bm90IGEgc2lnbmF0dXJl\n");

    IngestError error = Fixtures.error(extractor.extract(damaged, "damaged.eml"));

    assertThat(error.code()).isEqualTo(ErrorCode.NO_TEXT);
    assertThat(error.detail()).endsWith("upload its attachments on their own: smime.p7m.");
  }

  private static Extracted extract(Extractor extractor, String name) {
    return Fixtures.extractOk(extractor, Fixtures.path(name), name);
  }

  /** The article's paragraphs, their lines (wrapped by the sender) joined. */
  private static List<String> article(Extracted mail) {
    return mail.blocks().stream()
        .filter(RawBlock::mainContent)
        .map(b -> b.text().replace('\n', ' '))
        .toList();
  }
}
