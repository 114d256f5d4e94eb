package dev.copydesk.normalize;

import static dev.copydesk.normalize.NormalizerTest.BODY;
import static dev.copydesk.normalize.NormalizerTest.extracted;
import static dev.copydesk.normalize.NormalizerTest.ok;
import static dev.copydesk.normalize.NormalizerTest.provenance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.RawBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A web page's authors, date and language from the markup and meta tags news sites use. */
class WebMetadataSourcesTest {

  private static Entry page(Map<String, List<String>> properties) {
    Map<String, List<String>> all = new LinkedHashMap<>(properties);
    all.put("og:title", List.of("Schools start later"));
    return ok(extracted("text/html", all, RawBlock.of(BlockKind.PARAGRAPH, BODY)));
  }

  @Test
  void aBylineMetaTagGivesItsNamesNotItsBy() {
    Entry entry = page(Map.of("article:author", List.of("By JEFFREY GETTLEMAN and Mara Quint")));

    assertThat(entry.authors()).containsExactly("Jeffrey Gettleman", "Mara Quint");
  }

  @Test
  void theBylineMarkupGivesTheNameWithoutItsDate() {
    Entry entry = page(Map.of("html:byline", List.of("Dan Goodin - Apr 16, 2025 8:02 pm UTC")));

    assertThat(entry.authors()).containsExactly("Dan Goodin");
    assertThat(provenance(entry, "authors"))
        .isEqualTo(Map.of("from", "html:byline", "confidence", "medium"));
  }

  @Test
  void bylineMarkupThatNamesNoOneGivesNoAuthor() {
    Entry entry = page(Map.of("html:byline", List.of("Follow Author")));

    assertThat(entry.authors()).isEmpty();
  }

  @Test
  void authorMarkupGivesEveryNameAndRanksAboveTheBylineAndTheAuthorMetaTag() {
    Entry entry =
        page(
            Map.of(
                "html:author", List.of("Stella Kim", "Jennifer Jett", "Share"),
                "html:byline", List.of("By Stella Kim"),
                "meta:author", List.of("NBC News Digital")));

    assertThat(entry.authors()).containsExactly("Stella Kim", "Jennifer Jett");
    assertThat(provenance(entry, "authors"))
        .isEqualTo(Map.of("from", "html:author", "confidence", "medium"));
  }

  @Test
  void aPublishDateMetaTagIsThePublishDate() {
    Entry entry = page(Map.of("meta:published", List.of("2024-04-20 04:20:00 -0400")));

    assertThat(entry.published()).isEqualTo("2024-04-20T04:20:00-04:00");
    assertThat(provenance(entry, "published"))
        .isEqualTo(Map.of("from", "html:meta:published", "confidence", "medium"));
  }

  @Test
  void theDeclaredLanguageCountsOnlyWhenTheBodyIsTooShortToTell() {
    Entry shortPage =
        ok(
            extracted(
                "text/html",
                Map.of("html:lang", List.of("en-US"), "og:title", List.of("Council votes")),
                RawBlock.of(BlockKind.PARAGRAPH, "The council restored Saturday hours.")));
    Entry longFrenchPage =
        ok(
            extracted(
                "text/html",
                Map.of("html:lang", List.of("en"), "og:title", List.of("Le conseil vote")),
                RawBlock.of(
                    BlockKind.PARAGRAPH,
                    "Le conseil municipal a voté lundi soir le rétablissement des horaires de la"
                        + " bibliothèque le samedi, après deux ans de fermeture partielle décidée"
                        + " pour des raisons budgétaires.")));

    assertThat(shortPage.language()).isEqualTo("en");
    assertThat(provenance(shortPage, "language"))
        .isEqualTo(Map.of("from", "html:lang", "confidence", "low"));
    assertThat(longFrenchPage.language()).isEqualTo("fr");
    assertThat(provenance(longFrenchPage, "language"))
        .isEqualTo(Map.of("from", "text:optimaize", "confidence", "high"));
  }

  @Test
  void aNameLineOnAWebPageIsAHeadingNotABylineUnlessThePageNamesThatAuthorOrIsADocument() {
    RawBlock heading = RawBlock.of(BlockKind.HEADING, "Rosalind Hart");
    RawBlock paragraph = RawBlock.of(BlockKind.PARAGRAPH, BODY);
    Map<String, List<String>> titled = Map.of("og:title", List.of("Site Reliability"));

    Entry web = ok(extracted("text/html", titled, heading, paragraph));
    Entry confirmed =
        ok(
            extracted(
                "text/html",
                Map.of(
                    "og:title",
                    List.of("Site Reliability"),
                    "meta:author",
                    List.of("Rosalind Hart")),
                heading,
                paragraph));
    Entry word =
        ok(
            extracted(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Map.of("dc:title", List.of("Site Reliability")),
                heading,
                paragraph));
    Entry googleDocsDraft =
        ok(
            extracted(
                "text/html",
                Map.of(
                    "og:title", List.of("Site Reliability"),
                    "html:exportedFrom", List.of("Google Docs")),
                heading,
                paragraph));

    assertThat(web.authors()).isEmpty();
    assertThat(web.body()).extracting(b -> b.text()).contains("Rosalind Hart");
    assertThat(confirmed.authors()).containsExactly("Rosalind Hart");
    assertThat(confirmed.body()).extracting(b -> b.text()).containsExactly(BODY);
    assertThat(word.authors()).containsExactly("Rosalind Hart");
    assertThat(googleDocsDraft.authors()).containsExactly("Rosalind Hart");
  }
}
