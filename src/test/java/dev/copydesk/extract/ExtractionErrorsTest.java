package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.RecordFormatException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

/** The exception table, row by row, with the wrappings Tika really uses. */
class ExtractionErrorsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("tika encrypted", new EncryptedDocumentException(), ErrorCode.ENCRYPTED),
        Arguments.of(
            "pdf password inside tika",
            new EncryptedDocumentException("Unable to process", pdfPasswordError()),
            ErrorCode.ENCRYPTED),
        Arguments.of(
            "pdf password wrapped",
            new TikaException("Unable to extract PDF content", pdfPasswordError()),
            ErrorCode.ENCRYPTED),
        Arguments.of(
            "poi encrypted",
            new TikaException("x", new org.apache.poi.EncryptedDocumentException("x")),
            ErrorCode.ENCRYPTED),
        Arguments.of("write limit", new WriteLimitReachedException(100), ErrorCode.TOO_LARGE),
        Arguments.of(
            "write limit inside sax",
            new TikaException("x", new SAXException(new WriteLimitReachedException(100))),
            ErrorCode.TOO_LARGE),
        Arguments.of("memory limit", new TikaMemoryLimitException(10, 5), ErrorCode.TOO_LARGE),
        Arguments.of(
            "embedded limit",
            new TikaException("Unexpected RuntimeException", new SkipEmbedded.TooManyEmbedded(3)),
            ErrorCode.TOO_MANY_ENTRIES),
        Arguments.of(
            "zip bomb",
            new TikaException("Suspected zip bomb: 10000 ratio"),
            ErrorCode.ARCHIVE_BOMB),
        Arguments.of(
            "broken ooxml",
            new TikaException("Error creating OOXML extractor", new InvalidFormatException("x")),
            ErrorCode.CORRUPT_FILE),
        Arguments.of(
            "zip", new TikaException("x", new ZipException("bad CEN")), ErrorCode.CORRUPT_FILE),
        Arguments.of("eof", new EOFException(), ErrorCode.CORRUPT_FILE),
        Arguments.of("poi record format", new RecordFormatException("x"), ErrorCode.CORRUPT_FILE),
        Arguments.of(
            "plain tika",
            new TikaException("TIKA-198: Illegal IOException"),
            ErrorCode.CORRUPT_FILE),
        Arguments.of("malformed xml", new SAXException("not well-formed"), ErrorCode.CORRUPT_FILE),
        Arguments.of("io", new IOException("Missing root object"), ErrorCode.CORRUPT_FILE),
        Arguments.of(
            "parser bug",
            new TikaException("Unexpected RuntimeException", new NullPointerException()),
            ErrorCode.PARSE_FAILED),
        Arguments.of("stack overflow", new StackOverflowError(), ErrorCode.PARSE_FAILED),
        Arguments.of("anything else", new Exception("?"), ErrorCode.PARSE_FAILED));
  }

  /** PDFBox's own error for the committed encrypted PDF (its constructor is not public). */
  private static InvalidPasswordException pdfPasswordError() {
    try {
      Loader.loadPDF(Fixtures.path("encrypted.pdf").toFile()).close();
      throw new AssertionError("encrypted.pdf opened without a password");
    } catch (InvalidPasswordException e) {
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mapsToItsCodeWithAPlainDetail(String what, Throwable thrown, ErrorCode code) {
    IngestError error = ExtractionErrors.classify(thrown, Limits.defaults());

    assertThat(error.code()).isEqualTo(code);
    assertThat(error.detail()).isNotBlank().doesNotContain("Exception", "org.", "java.");
  }

  @Test
  void limitDetailsNameTheLimit() {
    assertThat(
            ExtractionErrors.classify(new WriteLimitReachedException(1), Limits.defaults())
                .detail())
        .isEqualTo(
            "The document has more than 5,000,000 characters of text, the limit for one article.");
    assertThat(
            ExtractionErrors.classify(new SkipEmbedded.TooManyEmbedded(100), Limits.defaults())
                .detail())
        .contains("more than 100 objects");
  }

  @Test
  void aCycleInTheCauseChainEnds() {
    Exception a = new Exception("a");
    Exception b = new Exception("b", a);
    a.initCause(b);

    assertThat(ExtractionErrors.classify(a, Limits.defaults()).code())
        .isEqualTo(ErrorCode.PARSE_FAILED);
  }
}
