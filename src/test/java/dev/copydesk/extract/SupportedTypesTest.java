package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allow-list table. */
class SupportedTypesTest {

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource({
    "text/plain, a.txt, PLAIN_TEXT",
    "text/plain, notes.md, MARKDOWN",
    "text/plain, NOTES.MARKDOWN, MARKDOWN",
    "text/markdown, a.md, MARKDOWN",
    "text/x-web-markdown, a.md, MARKDOWN",
    "text/html, a.html, HTML",
    "application/xhtml+xml, a.xhtml, HTML",
    "multipart/related, a.mhtml, WEB_ARCHIVE",
    "message/rfc822, release.eml, EMAIL",
    "application/vnd.ms-outlook, release.msg, OUTLOOK_MESSAGE",
    "message/x-emlx, 12345.emlx, APPLE_MAIL",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document, a.docx, WORD",
    "application/msword, a.doc, WORD",
    "application/vnd.oasis.opendocument.text, a.odt, OPEN_DOCUMENT",
    "application/rtf, a.rtf, RTF",
    "application/pdf, a.pdf, PDF"
  })
  void acceptedTypes(String mediaType, String name, Format format) {
    assertThat(SupportedTypes.formatOf(mediaType, name)).isEqualTo(Result.ok(format));
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "application/octet-stream, UNSUPPORTED_TYPE, unrecognised binary data",
    "image/png, UNSUPPORTED_TYPE, a PNG image",
    "image/webp, UNSUPPORTED_TYPE, an image",
    "application/zip, UNSUPPORTED_TYPE, a ZIP archive",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, UNSUPPORTED_TYPE, an Excel"
        + " spreadsheet",
    "text/csv, UNSUPPORTED_TYPE, a CSV table",
    "application/x-sqlite3, UNSUPPORTED_TYPE, of type application/x-sqlite3",
    "application/x-tika-ooxml-protected, ENCRYPTED, password-protected",
    "application/x-tika-ooxml, CORRUPT_FILE, damaged Office document"
  })
  void refusedTypes(String mediaType, ErrorCode code, String detail) {
    Result<Format> result = SupportedTypes.formatOf(mediaType, "file");

    assertThat(result).isInstanceOf(Result.Failed.class);
    Result.Failed<Format> failed = (Result.Failed<Format>) result;
    assertThat(failed.error().code()).isEqualTo(code);
    assertThat(failed.error().detail()).contains(detail);
  }
}
