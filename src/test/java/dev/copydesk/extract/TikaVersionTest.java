package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

/**
 * Tika 3.3.1 fixes the XFA external-entity flaw of 3.2.x (CVE-2025-54988 / CVE-2025-66516): a
 * dependency update must not slide back below it. Nor may jsoup slide back to the 1.11.2 that
 * Readability4J asks for: it is open to CVE-2021-37714 (a crafted page makes the parser loop) and
 * Tika's own HTML parser does not load on it.
 */
class TikaVersionTest {

  @Test
  void tikaIsAtLeast331() {
    String version = new Tika().toString().replace("Apache Tika ", "");
    int[] parts =
        java.util.Arrays.stream(version.split("[.-]"))
            .limit(3)
            .mapToInt(Integer::parseInt)
            .toArray();

    assertThat(parts[0] * 10_000 + parts[1] * 100 + parts[2])
        .as(version)
        .isGreaterThanOrEqualTo(30301);
  }

  /**
   * Tika's HTML parser loads and parses (it needs jsoup 1.21 or later): plain Tika reads an Outlook
   * message's HTML body with it, as it reads any HTML embedded in a document.
   */
  @Test
  void tikasOwnHtmlParserRunsOnTheJsoupOnTheClasspath() throws Exception {
    BodyContentHandler text = new BodyContentHandler();

    new JSoupParser()
        .parse(
            new ByteArrayInputStream(
                "<html><body><p>The ferry runs hourly.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8)),
            text,
            new Metadata(),
            new ParseContext());

    assertThat(text.toString()).contains("The ferry runs hourly.");
    assertThat(Class.forName("org.jsoup.parser.TagSet")).isNotNull();
  }
}
