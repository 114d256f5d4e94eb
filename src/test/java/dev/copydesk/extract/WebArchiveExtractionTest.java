package dev.copydesk.extract;

import static dev.copydesk.extract.Fixtures.extractOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved web pages in one file (MHTML), built here from the HTML fixture the way browsers write
 * them, through the whole extractor: the same blocks as the page itself.
 */
class WebArchiveExtractionTest {

  @TempDir Path dir;

  private static final String BOUNDARY = "----MultipartBoundary--x7Fq----";

  @Test
  void aChromeMhtmlReadsAsThePageItself() throws IOException {
    String html = Files.readString(Fixtures.path("article.html"));
    Path mhtml =
        write(
            "article.mhtml",
            "From: <Saved by Blink>\r\nSubject: A saved page\r\nMIME-Version: 1.0\r\n",
            part("text/html", "quoted-printable", quotedPrintable(html)));

    Extracted page = extract(mhtml);

    assertThat(blocks(page)).isEqualTo(blocks(extractOk("article.html")));
    assertThat(page.source().mediaType()).isEqualTo("multipart/related");
  }

  @Test
  void anInternetExplorerMhtInItsDeclaredCharsetReadsTheSame() throws IOException {
    String html =
        "<html><head><title>Café reopens</title></head><body><article><h1>Café reopens</h1>"
            + "<p>"
            + "The café on the square reopened on Monday with crêpes and a new terrace. ".repeat(12)
            + "</p></article></body></html>";
    byte[] latin1 = html.getBytes(Charset.forName("windows-1252"));
    Path mht =
        write(
            "cafe.mht",
            "From: <Saved by Windows Internet Explorer 8>\r\nMIME-Version: 1.0\r\n",
            part(
                "text/html; charset=\"windows-1252\"",
                "base64",
                Base64.getMimeEncoder().encodeToString(latin1)));

    Extracted page = extract(mht);

    assertThat(String.join("\n", page.blocks().stream().map(RawBlock::text).toList()))
        .contains("Café reopens", "crêpes")
        .doesNotContain("\uFFFD", "Ã");
  }

  @Test
  void anMhtmlWithoutAPageIsDamaged() throws IOException {
    Path mhtml =
        write(
            "styles-only.mhtml",
            "MIME-Version: 1.0\r\n",
            part("text/css", "7bit", "body { color: black; }"));

    assertThat(Fixtures.error(Fixtures.EXTRACTOR.extract(mhtml, "styles-only.mhtml")).code())
        .isEqualTo(ErrorCode.CORRUPT_FILE);
  }

  private Extracted extract(Path file) {
    var result = Fixtures.EXTRACTOR.extract(file, file.getFileName().toString());
    assertThat(result).isInstanceOf(dev.copydesk.model.Result.Ok.class);
    return ((dev.copydesk.model.Result.Ok<Extracted>) result).value();
  }

  private static List<String> blocks(Extracted extracted) {
    return extracted.blocks().stream()
        .map(b -> b.kind() + " " + b.mainContent() + " " + b.text())
        .toList();
  }

  private static String part(String contentType, String encoding, String body) {
    return "--"
        + BOUNDARY
        + "\r\nContent-Type: "
        + contentType
        + "\r\nContent-Transfer-Encoding: "
        + encoding
        + "\r\nContent-Location: https://news.example/story\r\n\r\n"
        + body
        + "\r\n"
        + "--"
        + BOUNDARY
        + "\r\nContent-Type: text/css\r\nContent-Location: https://news.example/site.css\r\n\r\n"
        + "body { margin: 0; }\r\n";
  }

  private Path write(String name, String headers, String parts) throws IOException {
    String message =
        headers
            + "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\""
            + BOUNDARY
            + "\"\r\n\r\n\r\n"
            + parts
            + "--"
            + BOUNDARY
            + "--\r\n";
    return Files.writeString(dir.resolve(name), message, StandardCharsets.ISO_8859_1);
  }

  /** Quoted-printable as browsers write it: 76-column lines, soft breaks, {@code =XX} escapes. */
  private static String quotedPrintable(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int column = 0;
    for (byte b :
        text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      String piece =
          c == '\r' || c == '\n'
              ? String.valueOf((char) c)
              : c >= 33 && c <= 126 && c != '=' || c == ' '
                  ? String.valueOf((char) c)
                  : String.format("=%02X", c);
      if (c == '\n') {
        column = 0;
      } else if (c != '\r' && column + piece.length() > 75) {
        out.writeBytes("=\r\n".getBytes(StandardCharsets.US_ASCII));
        column = 0;
      }
      out.writeBytes(piece.getBytes(StandardCharsets.US_ASCII));
      column += c == '\r' || c == '\n' ? 0 : piece.length();
    }
    return out.toString(StandardCharsets.US_ASCII);
  }
}
