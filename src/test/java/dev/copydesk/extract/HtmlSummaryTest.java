package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standfirst a theme marks up in the page header, outside what Readability keeps. */
class HtmlSummaryTest {

  static final String PAGE =
      """
      <!DOCTYPE html><html><head><title>Schools start later</title>%s</head><body>
      <div class="entry"><h1 class="entry-title">Schools start later</h1>%s
      <p class="entry-meta">By Jane Doe</p>
      <div class="entry-content">
      <p>Students at the middle and high schools will begin classes fifty minutes later next
      fall after the school board voted on Monday to adopt a later schedule for older pupils.</p>
      <p>The change will end a school day that begins, for some teenagers, with a bus pickup
      before half past six in the morning, and it moves the elementary schools earlier.</p>
      </div></div></body></html>
      """;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hAtom entry-summary | | <p class=\"entry-summary\">The board voted 6–1.</p>"
            + " | The board voted 6–1.",
        "microdata text | | <p itemprop=\"description\">The board voted 6–1.</p>"
            + " | The board voted 6–1.",
        "microdata meta | <meta itemprop=\"description\" content=\"The board voted 6–1.\"> |"
            + " | The board voted 6–1.",
        "no summary | | <p class=\"lede\">The board voted 6–1.</p> | ",
      })
  void aMarkedUpSummaryIsAProperty(String name, String head, String header, String expected)
      throws IOException {
    Path file = dir.resolve("page.html");
    Files.writeString(file, PAGE.formatted(head == null ? "" : head, header == null ? "" : header));

    Result<Extracted> result = Fixtures.EXTRACTOR.extract(file, "page.html");

    assertThat(result).isInstanceOf(Result.Ok.class);
    assertThat(((Result.Ok<Extracted>) result).value().property("html:summary"))
        .isEqualTo(expected);
  }
}
