package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.model.RawBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Main-content quality on Mozilla Readability's 130 test pages (read in place from the shared
 * corpora folder): token F1 of the blocks marked main content against Readability.js's expected
 * output, and how often the page's own title metadata matches the expected title.
 */
class WebPageQualityTest {

  private static final Path CORPUS = Path.of("../shared/corpora/readability-test-pages");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Path> pages;

  @BeforeAll
  static void corpus() throws IOException {
    assertThat(CORPUS)
        .as("the Readability test pages must be at %s (relative to the project)", CORPUS)
        .isDirectory();
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      pages = dirs.filter(d -> Files.exists(d.resolve("source.html"))).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(130);
  }

  @Test
  void mainContentTokenF1() throws IOException {
    List<Double> scores = new ArrayList<>();
    for (Path page : pages) {
      Parsed parsed = WebPages.parse(Files.readAllBytes(page.resolve("source.html")));
      String main =
          parsed.blocks().stream().filter(RawBlock::mainContent).map(RawBlock::text)
              .collect(Collectors.joining("\n"));
      String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"))).text();
      double f1 = TokenF1.of(main, expected);
      scores.add(f1);
      if (f1 < 0.8) {
        System.out.printf(Locale.ROOT, "low F1 %.3f %s%n", f1, page.getFileName());
      }
    }
    double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    System.out.printf(Locale.ROOT, "Readability test pages: %d, mean main-content token F1 %.4f%n", scores.size(), mean);
    assertThat(mean).isGreaterThan(0.0);
  }
}
