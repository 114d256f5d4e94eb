package dev.copydesk.extract;

import static dev.copydesk.extract.Fixtures.EXTRACTOR;
import static dev.copydesk.extract.Fixtures.error;
import static dev.copydesk.extract.Fixtures.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.Limits;
import dev.copydesk.config.LimitsBuilder;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input comes back as its code, with a plain detail and no exception. */
class BadInputTest {

  @TempDir static Path temp;

  static Stream<Arguments> badFixtures() {
    return Stream.of(
        Arguments.of("empty.txt", ErrorCode.EMPTY_FILE),
        Arguments.of("whitespace.txt", ErrorCode.EMPTY_FILE),
        Arguments.of("random.bin", ErrorCode.UNSUPPORTED_TYPE),
        Arguments.of("image.png", ErrorCode.UNSUPPORTED_TYPE),
        Arguments.of("encrypted.pdf", ErrorCode.ENCRYPTED),
        Arguments.of("truncated.docx", ErrorCode.CORRUPT_FILE));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("badFixtures")
  void fixtureFailsWithItsCode(String name, ErrorCode code) {
    IngestError error = error(EXTRACTOR.extract(path(name), name));

    assertThat(error.code()).isEqualTo(code);
    assertPlain(error);
  }

  /** A Word 97 file cut short: POI's compound-file reader runs past its end; it is damaged. */
  @Test
  void aTruncatedDocIsCorrupt() throws IOException {
    byte[] whole = Files.readAllBytes(path("article.doc"));
    Path cut = Files.write(temp.resolve("cut.doc"), java.util.Arrays.copyOf(whole, 6_000));

    IngestError error = error(EXTRACTOR.extract(cut, "cut.doc"));

    assertThat(error.code()).isEqualTo(ErrorCode.CORRUPT_FILE);
    assertPlain(error);
  }

  @Test
  void unsupportedTypeIsNamedInPlainWords() {
    assertThat(error(EXTRACTOR.extract(path("image.png"), "image.png")).detail())
        .startsWith("The file is a PNG image;")
        .contains("Word (docx, doc)");
    assertThat(error(EXTRACTOR.extract(path("random.bin"), "random.bin")).detail())
        .startsWith("The file is unrecognised binary data;");
  }

  @Test
  void aPngNamedDocxIsStillAPng() {
    IngestError error = error(EXTRACTOR.extract(path("image.png"), "report.docx"));

    assertThat(error.code()).isEqualTo(ErrorCode.UNSUPPORTED_TYPE);
    assertThat(error.detail()).contains("PNG image");
  }

  @Test
  void passwordProtectedDocxIsEncrypted() throws Exception {
    Path docx = encryptedCopyOf(path("article.docx"), temp.resolve("secret.docx"));

    IngestError error = error(EXTRACTOR.extract(docx, "secret.docx"));

    assertThat(error.code()).isEqualTo(ErrorCode.ENCRYPTED);
    assertPlain(error);
  }

  @Test
  void folderAndMissingPathAreUnreadable() {
    IngestError folder = error(EXTRACTOR.extract(temp, "folder"));
    IngestError missing = error(EXTRACTOR.extract(temp.resolve("nope.docx"), "nope.docx"));

    assertThat(folder.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
    assertThat(folder.detail()).contains("folder");
    assertThat(missing.code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
    assertThat(error(EXTRACTOR.extract(null, "x.txt")).code()).isEqualTo(ErrorCode.UNREADABLE_FILE);
  }

  @Test
  void fileOverTheSizeLimitIsTooLargeBeforeParsing() {
    TikaExtractor small = new TikaExtractor(limits(1024, 5_000_000));

    IngestError error = error(small.extract(path("article.docx"), "article.docx"));

    assertThat(error.code()).isEqualTo(ErrorCode.TOO_LARGE);
    assertThat(error.detail()).isEqualTo("The file is 5.8 KB; the limit is 1.0 KB.");
  }

  @Test
  void textOverTheWriteLimitIsTooLargeInEveryFormat() {
    TikaExtractor short_ = new TikaExtractor(limits(50L * 1024 * 1024, 100));

    for (String name : new String[] {"article.docx", "paged.pdf", "latin1.txt", "article.odt"}) {
      IngestError error = error(short_.extract(path(name), name));
      assertThat(error.code()).as(name).isEqualTo(ErrorCode.TOO_LARGE);
      assertThat(error.detail()).as(name).contains("more than 100 characters of text");
    }
  }

  @Test
  void aPageWithoutTextHasNoText() throws IOException {
    Path blank =
        Files.writeString(
            temp.resolve("blank.html"),
            "<!DOCTYPE html><html><head><title></title></head><body><p>"
                + " </p><div></div></body></html>",
            StandardCharsets.UTF_8);

    IngestError error = error(EXTRACTOR.extract(blank, "blank.html"));

    assertThat(error.code()).isEqualTo(ErrorCode.NO_TEXT);
    assertPlain(error);
  }

  private static Limits limits(long maxFileBytes, int maxTextChars) {
    return LimitsBuilder.defaults().maxFileBytes(maxFileBytes).maxTextChars(maxTextChars).build();
  }

  /** Agile (AES) encryption, as Word applies it when a password is set. */
  private static Path encryptedCopyOf(Path docx, Path target)
      throws IOException, GeneralSecurityException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(Files.readAllBytes(docx));
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        fs.writeFilesystem(out);
      }
    }
    return target;
  }

  private static void assertPlain(IngestError error) {
    assertThat(error.detail())
        .isNotBlank()
        .doesNotContain("Exception", "org.apache", "java.", "\tat ");
  }
}
