package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.Limits;
import dev.copydesk.config.LimitsBuilder;
import dev.copydesk.config.Parse;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regression tests for known attacks on document parsers, in both parse modes. */
class HostileInputTest {

  /** Parse timeout (30 s by default) plus one second. */
  private static final long DEADLINE_MS = TikaPool.LIMITS.parseTimeoutMs() + 1000;

  @TempDir Path dir;

  private static Extractor mode(String mode) {
    Extractor parser =
        mode.equals(Parse.FORKED) ? TikaPool.get() : new TikaExtractor(TikaPool.LIMITS);
    return new ScreenedExtractor(new PreScan(TikaPool.LIMITS), parser);
  }

  private record Timed(Result<Extracted> result, long millis) {
    ErrorCode code() {
      return result instanceof Result.Failed<Extracted> f ? f.error().code() : null;
    }

    String everything() {
      if (!(result instanceof Result.Ok<Extracted> ok)) {
        return ((Result.Failed<Extracted>) result).error().detail();
      }
      return ok.value().blocks().stream().map(RawBlock::text).collect(Collectors.joining("\n"))
          + ok.value().properties();
    }
  }

  private static Timed timed(Extractor extractor, Path file) {
    long start = System.nanoTime();
    Result<Extracted> result = extractor.extract(file, file.getFileName().toString());
    Timed timed = new Timed(result, (System.nanoTime() - start) / 1_000_000);
    assertThat(timed.millis()).isLessThan(DEADLINE_MS);
    return timed;
  }

  @ParameterizedTest
  @ValueSource(strings = {Parse.IN_PROCESS, Parse.FORKED})
  void xfaExternalEntitiesReadNoFileAndOpenNoConnection(String mode) throws Exception {
    String marker = "SECRET-" + UUID.randomUUID();
    Path secret = Files.writeString(dir.resolve("secret.txt"), marker);
    AtomicInteger connections = new AtomicInteger();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread listener =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      listener.start();
      Path pdf = dir.resolve("xfa.pdf");
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/xxe";
      HostileDocs.xfaXxePdf(pdf, secret, url);

      Timed timed = timed(mode(mode), pdf);
      String rawTika = rawTikaXhtml(pdf); // all Tika emits, before copydesk keeps page text only

      Thread.sleep(300); // a late fetch would still be counted
      assertThat(timed.code()).isNull();
      assertThat(timed.everything())
          .contains("council approved the harbour budget")
          .doesNotContain(marker)
          .doesNotContain("127.0.0.1");
      assertThat(rawTika).contains("pdf:hasXFA").doesNotContain(marker);
      assertThat(connections.get()).isZero();
    }
  }

  /** Without a DOCTYPE the same form's text comes out: the XXE test above exercises XFA parsing. */
  @Test
  void theXfaFormOfTheFixtureIsReadByTika() throws Exception {
    Path pdf = dir.resolve("xfa.pdf");
    HostileDocs.xfaPdf(pdf);
    assertThat(rawTikaXhtml(pdf)).contains("xfa_form").contains("XFA visible value");
  }

  private static String rawTikaXhtml(Path pdf) throws Exception {
    ToXMLContentHandler xhtml = new ToXMLContentHandler();
    try (TikaInputStream in = TikaInputStream.get(pdf)) {
      new AutoDetectParser().parse(in, xhtml, new Metadata(), new ParseContext());
    }
    return xhtml.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {Parse.IN_PROCESS, Parse.FORKED})
  void billionLaughsDoNotExpand(String mode) throws IOException {
    Path xhtml = dir.resolve("laughs.xhtml");
    Path xml = dir.resolve("laughs.xml");
    HostileDocs.billionLaughs(xhtml, true);
    HostileDocs.billionLaughs(xml, false);

    Timed page = timed(mode(mode), xhtml);
    Timed data = timed(mode(mode), xml);

    assertThat(page.everything()).doesNotContain("lollollol");
    assertThat(data.code())
        .isIn(ErrorCode.UNSUPPORTED_TYPE, ErrorCode.CORRUPT_FILE, ErrorCode.NO_TEXT);
    assertThat(data.everything()).doesNotContain("lollollol");
  }

  /**
   * 100,000 empty divs side by side: Readability's cleaning, one removal at a time, took 104 s on
   * such a page; above the element limit the page is not given to it, and every block is kept.
   */
  @ParameterizedTest
  @ValueSource(strings = {Parse.IN_PROCESS, Parse.FORKED})
  void htmlOneHundredThousandElementsWideIsReadWithoutReadability(String mode) throws IOException {
    Path wide = dir.resolve("wide.html");
    Files.writeString(
        wide,
        "<html><body>"
            + "<div></div>".repeat(100_000)
            + "<p>The end of a very wide page still has a sentence.</p></body></html>");

    Timed timed = timed(mode(mode), wide);

    assertThat(timed.code()).isNull();
    assertThat(timed.everything())
        .contains("The end of a very wide page still has a sentence.")
        .contains("html:mainContentNotSought");
  }

  @ParameterizedTest
  @ValueSource(strings = {Parse.IN_PROCESS, Parse.FORKED})
  void htmlNestedOneHundredThousandDeepGivesAValueInTime(String mode) throws IOException {
    Path deep = dir.resolve("deep.html");
    HostileDocs.deepHtml(deep, 100_000);
    Timed timed = timed(mode(mode), deep);
    if (timed.code() == null) {
      assertThat(timed.everything()).contains("bottom of a very deep page");
    } else {
      assertThat(timed.code()).isIn(ErrorCode.PARSE_FAILED, ErrorCode.TOO_DEEP);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Parse.IN_PROCESS, Parse.FORKED})
  void tenThousandBlankPdfPagesHaveNoText(String mode) throws IOException {
    Path pdf = dir.resolve("blank.pdf");
    HostileDocs.blankPagesPdf(pdf, 10_000);
    assertThat(timed(mode(mode), pdf).code()).isEqualTo(ErrorCode.NO_TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {Parse.IN_PROCESS, Parse.FORKED})
  void hostileFileNamesAreSanitisedInTheSource(String mode) throws IOException {
    Path file = Files.writeString(dir.resolve("story.txt"), "A short story about the harbour.");
    String[] given = {
      "../../etc/passwd",
      "C:\\Windows\\evil.txt",
      "bad\u0000\u0007\nname\u202Etxt",
      "x".repeat(5 * 1024)
    };
    for (String name : given) {
      Result<Extracted> result = mode(mode).extract(file, name);
      String fileName = ((Result.Ok<Extracted>) result).value().source().fileName();
      assertThat(fileName).doesNotContain("/", "\\", "\u0000", "\n", "\u202E").isNotBlank();
      assertThat(fileName.codePointCount(0, fileName.length())).isLessThanOrEqualTo(255);
    }
  }

  @Test
  void theWriteLimitStopsTextPastTheLimit() throws IOException {
    Limits small = limits(1_000, 100);
    Path docx =
        Files.write(
            dir.resolve("long.docx"), HostileZips.docx("word ".repeat(400), "more ".repeat(400)));
    Extractor extractor = new ScreenedExtractor(new PreScan(small), new TikaExtractor(small));
    assertThat(timed(extractor, docx).code()).isEqualTo(ErrorCode.TOO_LARGE);
  }

  @Test
  void tooManyEmbeddedDocumentsStopTheParse() throws IOException {
    Limits small = limits(TikaPool.LIMITS.maxTextChars(), 20);
    Path pdf = dir.resolve("attachments.pdf");
    HostileDocs.pdfWithAttachments(pdf, 50);
    Extractor extractor = new ScreenedExtractor(new PreScan(small), new TikaExtractor(small));
    assertThat(timed(extractor, pdf).code()).isEqualTo(ErrorCode.TOO_MANY_ENTRIES);
    HostileDocs.pdfWithAttachments(pdf, 10);
    assertThat(timed(extractor, pdf).code()).isNull();
  }

  private static Limits limits(int maxTextChars, int maxEmbedded) {
    return LimitsBuilder.defaults()
        .maxTextChars(maxTextChars)
        .maxEmbeddedDocuments(maxEmbedded)
        .build();
  }
}
