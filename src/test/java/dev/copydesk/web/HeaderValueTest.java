package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderValueTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "form-data; name=\"file\"; filename=\"a.docx\"                  | form-data  | a.docx",
        "attachment; filename=report.pdf                                | attachment | report.pdf",
        "attachment; filename=\"C:\\Users\\me\\a b.odt\"                | attachment | C:\\Users\\me\\a b.odt",
        "attachment; filename=\"say \\\"hi\\\".txt\"                    | attachment | say \"hi\".txt",
        "attachment; filename=\"plain.txt\"; filename*=UTF-8''%C3%A9t%C3%A9.txt | attachment | été.txt",
        "attachment; filename*=bogus''x.txt; filename=\"fallback.txt\"  | attachment | fallback.txt",
        "Attachment                                                     | attachment | ",
      })
  void parsesDispositionAndFileName(String header, String value, String fileName) {
    HeaderValue parsed = HeaderValue.parse(header);

    assertThat(parsed.value()).isEqualTo(value);
    assertThat(parsed.fileName()).isEqualTo(fileName);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "multipart/form-data; boundary=abc                   | abc",
        "multipart/form-data; boundary=\"a b:c\"             | a b:c",
        "Multipart/Form-Data; charset=utf-8; BOUNDARY=xyz    | xyz",
      })
  void findsTheBoundary(String header, String boundary) {
    HeaderValue parsed = HeaderValue.parse(header);

    assertThat(parsed.value()).isEqualTo("multipart/form-data");
    assertThat(parsed.param("boundary")).isEqualTo(boundary);
  }
}
