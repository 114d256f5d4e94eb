package dev.copydesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.ReadabilityPages;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.model.Entry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entry's metadata (after extraction and normalising) on Mozilla Readability's 130 test pages,
 * read in place from the shared corpora folder (the test fails, never skips, when it is missing),
 * against the metadata Readability.js expects: authors, publish date, language and title. Each rate
 * is printed; the floors are the figures measured when the rules were written, minus a margin.
 *
 * <p>How a field counts as matched: authors when each name we give occurs in the expected byline
 * (case and spacing aside: Readability keeps {@code By JOE HILDEBRAND} as printed, we give {@code
 * Joe Hildebrand}); the date when the calendar day as written is the same; the language when its
 * primary subtag is; the title when it is the same text, or the same but for a site name after a
 * separator (which of the two is right is a matter of house style, not of reading the page).
 */
class WebPageMetadataTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Any run of spaces, the no-break and ideographic ones too (we write them as plain spaces). */
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

  private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]+\\s+.+");

  /** One corpus page: the entry we made and the metadata Readability.js expects. */
  private record Page(String name, Entry entry, JsonNode expected) {

    String expect(String field) {
      return expected.path(field).asText("");
    }
  }

  private static final List<Page> PAGES = new ArrayList<>();

  @BeforeAll
  static void ingestCorpus() throws IOException {
    try (Pipeline pipeline =
        Pipeline.create(CopydeskConfig.defaults(), new InMemoryDuplicateIndex())) {
      for (Path dir : ReadabilityPages.folders()) {
        String name = dir.getFileName() + ".html";
        if (pipeline.preview(dir.resolve("source.html"), name)
            instanceof Outcome.Accepted accepted) {
          PAGES.add(
              new Page(
                  name,
                  accepted.entry(),
                  JSON.readTree(dir.resolve("expected-metadata.json").toFile())));
        }
      }
    }
    assertThat(PAGES).hasSizeGreaterThanOrEqualTo(125);
  }

  @Test
  void authorsAreTheBylineReadabilityExpects() {
    double rate = rate("authors", p -> !p.expect("byline").isBlank(), WebPageMetadataTest::authors);
    assertThat(rate).isGreaterThan(0.85);
  }

  /**
   * Not misses: of the 6 pages where we name an author and Readability finds none (checked by hand,
   * 2026-12-06), the writers of blogger, wordpress and buzzfeed-1 are right (microdata and byline
   * markup Readability does not read), links-in-tables and tumblr name the posting account, and
   * telegraph's {@code By Our Foreign Staff} is the paper's own credit, marked up as its author.
   */
  @Test
  void pagesWithoutABylineMostlyGetNoAuthor() {
    double rate =
        rate(
            "no authors where Readability finds no byline",
            p -> p.expect("byline").isBlank(),
            p -> p.entry().authors().isEmpty());
    assertThat(rate).isGreaterThan(0.88);
  }

  @Test
  void publishDateIsTheDayReadabilityExpects() {
    double rate =
        rate(
            "published",
            p -> !p.expect("publishedTime").isBlank(),
            p -> sameDay(p.entry().published(), p.expect("publishedTime")));
    assertThat(rate).isGreaterThan(0.96);
  }

  @Test
  void languageIsTheOneThePageDeclares() {
    double rate =
        rate(
            "language",
            p -> !p.expect("lang").isBlank(),
            p -> primary(p.expect("lang")).equals(primary(p.entry().language())));
    assertThat(rate).isGreaterThan(0.97);
  }

  @Test
  void titleIsTheOneReadabilityExpects() {
    double rate =
        rate(
            "title",
            p -> !p.expect("title").isBlank(),
            p -> sameTitle(p.entry().title(), p.expect("title")));
    assertThat(rate).isGreaterThan(0.93);
  }

  private static double rate(String field, Predicate<Page> applies, Predicate<Page> matches) {
    List<Page> pages = PAGES.stream().filter(applies).toList();
    List<String> misses = pages.stream().filter(matches.negate()).map(Page::name).toList();
    double rate = 1 - (double) misses.size() / pages.size();
    System.out.printf(
        Locale.ROOT,
        "Readability pages, %s: %d of %d (%.3f); missed: %s%n",
        field,
        pages.size() - misses.size(),
        pages.size(),
        rate,
        misses);
    return rate;
  }

  private static boolean authors(Page page) {
    String byline = squash(page.expect("byline"));
    List<String> names = page.entry().authors();
    return !names.isEmpty() && names.stream().allMatch(name -> byline.contains(squash(name)));
  }

  private static boolean sameDay(String published, String expected) {
    return published != null && published.regionMatches(0, expected, 0, 10);
  }

  private static String primary(String language) {
    return language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  private static boolean sameTitle(String title, String expected) {
    if (title == null) {
      return false;
    }
    String ours = squash(title);
    String theirs = squash(expected);
    return ours.equals(theirs) || bareOf(theirs, ours) || bareOf(ours, theirs);
  }

  /** Whether {@code bare} is {@code full} without a site name after a separator. */
  private static boolean bareOf(String full, String bare) {
    return full.startsWith(bare) && SITE_SEPARATOR.matcher(full.substring(bare.length())).matches();
  }

  private static String squash(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
