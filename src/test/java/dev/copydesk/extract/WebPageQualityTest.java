package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.ReadabilityPages;
import dev.copydesk.model.RawBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Main-content quality on Mozilla Readability's 130 test pages, read in place from the shared
 * corpora folder (the test fails, never skips, when it is missing): token F1 of the blocks marked
 * main content against Readability.js's expected output, and how often the page's own title
 * metadata matches the expected title.
 */
class WebPageQualityTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Title properties in order of trust (TEXT.md): JSON-LD, Open Graph, the title element. */
  private static final List<String> TITLE_SOURCES =
      List.of("jsonld:headline", "og:title", "html:title");

  // Floors: the figures measured when the extractor was written, minus a small margin. F1 was
  // 0.9732 before plain <ol> items got their numbers, which Readability's text leaves to the
  // browser.
  private static final double MEASURED_F1 = 0.9729;
  private static final double F1_FLOOR = 0.965;
  private static final double MEASURED_TITLE = 0.929;
  private static final double TITLE_FLOOR = 0.91;

  /** One corpus page: what we extracted and what Readability.js expects. */
  private record Page(String name, Parsed parsed, String expectedText, String expectedTitle) {}

  private static List<Page> pages;

  @BeforeAll
  static void extractCorpus() throws IOException {
    pages = new ArrayList<>();
    for (Path dir : ReadabilityPages.folders()) {
      pages.add(
          new Page(
              dir.getFileName().toString(),
              WebPages.parse(Files.readAllBytes(dir.resolve("source.html")), "text/html"),
              Jsoup.parse(Files.readString(dir.resolve("expected.html"))).text(),
              JSON.readTree(dir.resolve("expected-metadata.json").toFile())
                  .path("title")
                  .asText("")));
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(130);
  }

  @Test
  void mainContentTokenF1() {
    double mean =
        pages.stream()
            .mapToDouble(p -> TokenF1.of(mainText(p.parsed()), p.expectedText()))
            .average()
            .orElse(0);

    System.out.printf(
        Locale.ROOT,
        "Readability test pages: %d, mean main-content token F1 %.4f%n",
        pages.size(),
        mean);
    assertThat(mean).as("mean token F1 (measured %.4f)", MEASURED_F1).isGreaterThan(F1_FLOOR);
  }

  @Test
  void titleMetadataMatchesTheExpectedTitle() {
    List<Page> titled = pages.stream().filter(p -> !p.expectedTitle().isBlank()).toList();
    long matches =
        titled.stream()
            .filter(p -> squash(p.expectedTitle()).equals(firstTitle(p.parsed())))
            .count();
    double rate = (double) matches / titled.size();

    System.out.printf(
        Locale.ROOT,
        "Titles: %d pages with a title; first title property by trust matches %.3f%n",
        titled.size(),
        rate);
    assertThat(rate)
        .as("title match rate (measured %.3f)", MEASURED_TITLE)
        .isGreaterThan(TITLE_FLOOR);
  }

  @Test
  void everyPageKeepsItsNonMainBlocksInsteadOfDroppingThem() {
    long pagesWithRemovals =
        pages.stream()
            .filter(p -> p.parsed().blocks().stream().anyMatch(b -> !b.mainContent()))
            .count();

    assertThat(pagesWithRemovals).isGreaterThan(pages.size() / 2);
  }

  private static String mainText(Parsed parsed) {
    return parsed.blocks().stream()
        .filter(RawBlock::mainContent)
        .map(RawBlock::text)
        .collect(Collectors.joining("\n"));
  }

  private static String firstTitle(Parsed parsed) {
    return TITLE_SOURCES.stream()
        .map(parsed.properties()::get)
        .filter(values -> values != null && !values.isEmpty())
        .map(values -> squash(values.get(0)))
        .findFirst()
        .orElse(null);
  }

  private static String squash(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
