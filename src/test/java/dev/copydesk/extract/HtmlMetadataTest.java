package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A web page's own metadata, read by source, as news sites and their publishing systems write it.
 */
class HtmlMetadataTest {

  private static Map<String, List<String>> read(String head, String body) {
    return HtmlMetadata.read(
        Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
  }

  @Test
  void jsonLdWrappedInCdataIsRead() {
    String script =
        """
        <script type="application/ld+json">
          <![CDATA[
          {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry back",
           "datePublished":"2025-03-02","author":[{"@type":"Person","name":"Mara Quint"}]}
          ]]>
        </script>
        <script type="application/ld+json">//<![CDATA[
        {"@type":"Organization","name":"Gannet News"}
        //]]></script>
        """;

    Map<String, List<String>> properties = read(script, "");

    assertThat(properties)
        .containsEntry("jsonld:headline", List.of("Ferry back"))
        .containsEntry("jsonld:datePublished", List.of("2025-03-02"))
        .containsEntry("jsonld:author", List.of("Mara Quint"));
  }

  @Test
  void theJsonLdNameIsTheTitleWhenItCoversMoreOfThePageTitleThanTheHeadline() {
    String wiki =
        "<title>New Zealand - Wikipedia</title><script type=\"application/ld+json\">"
            + "{\"@type\":\"Article\",\"name\":\"New Zealand\","
            + "\"headline\":\"constitutional monarchy in Oceania\"}</script>";
    String news =
        "<title>Ferry back on full schedule - Aktuálně.cz</title>"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"name\":\"Aktuálně.cz\",\"headline\":\"Ferry back on full schedule\"}</script>";

    assertThat(read(wiki, "")).containsEntry("jsonld:headline", List.of("New Zealand"));
    assertThat(read(news, ""))
        .containsEntry("jsonld:headline", List.of("Ferry back on full schedule"));
  }

  @Test
  void newsSitesTitleAuthorAndDateTagsAreRead() {
    String head =
        """
        <meta name="parsely-title" content="Ferry back">
        <meta name="byl" content="By Mara Quint">
        <meta name="parsely-author" content="Tomas Reyes">
        <meta property="article:author" content="https://example.com/mara">
        <meta name="parsely-pub-date" content="2025-03-02T08:00:00Z">
        <meta name="author" content="Gannet News">
        """;

    Map<String, List<String>> properties = read(head, "");

    assertThat(properties)
        .containsEntry(
            "article:author", List.of("By Mara Quint", "Tomas Reyes", "https://example.com/mara"))
        .containsEntry("meta:published", List.of("2025-03-02T08:00:00Z"))
        .containsEntry("meta:title", List.of("Ferry back"))
        .containsEntry("meta:author", List.of("Gannet News"));
  }

  @Test
  void aMetaTagNamingSeveralPropertiesCountsForEach() {
    Map<String, List<String>> properties =
        read("<meta property=\"og:title twitter:title\" content=\"Ferry back\">", "");

    assertThat(properties).containsEntry("og:title", List.of("Ferry back"));
  }

  @Test
  void microdataAuthorsOfTheArticleAreReadAndThoseOfOtherItemsAreNot() {
    String body =
        """
        <article itemscope itemtype="https://schema.org/NewsArticle">
          <p>By <span itemprop="author" itemscope itemtype="https://schema.org/Person">
            <a href="/mara" itemprop="url"><span itemprop="name">Mara Quint</span></a></span>
          and <span itemprop="author">Tomas Reyes</span></p>
        </article>
        <aside><div itemscope itemtype="https://schema.org/NewsArticle">
          <span itemprop="author">Other Writer</span></div></aside>
        """;

    assertThat(read("", body)).containsEntry("html:author", List.of("Mara Quint", "Tomas Reyes"));
  }

  @Test
  void authorLinksOfTheFirstBylineAreReadAndCommentersAreNot() {
    String body =
        """
        <div class="comments"><a rel="author" href="/u/1">A Commenter</a></div>
        <p class="meta">By <a rel="author" href="/mara">Mara Quint</a> and
          <a rel="author" href="/tomas">Tomas Reyes</a></p>
        <ul><li><a href="/other">Another story</a> <a rel="author" href="/w">Other Writer</a></li></ul>
        """;

    assertThat(read("", body)).containsEntry("html:author", List.of("Mara Quint", "Tomas Reyes"));
  }

  @Test
  void anOpinionPagesCommentaryClassIsNotACommentThread() {
    String body =
        "<article class=\"commentary\"><p>By <a rel=\"author\" href=\"/m\">Mara Quint</a></p>"
            + "</article><ol class=\"commentlist\"><li><a rel=\"author\">A Reader</a></li></ol>";

    assertThat(read("", body)).containsEntry("html:author", List.of("Mara Quint"));
    assertThat(read("", "<div id=\"disqus_thread\"><a rel=\"author\">A Reader</a></div>"))
        .doesNotContainKey("html:author");
  }

  @Test
  void theDeclaredLanguageIsTheHtmlLangElseTheContentLanguageTag() {
    assertThat(HtmlMetadata.read(Jsoup.parse("<html lang=\"zh-TW\"><body></body></html>")))
        .containsEntry("html:lang", List.of("zh-TW"));
    assertThat(read("<meta http-equiv=\"Content-Language\" content=\"fr\">", ""))
        .containsEntry("html:lang", List.of("fr"));
    assertThat(read("", "")).doesNotContainKey("html:lang");
  }

  @Test
  void aWordProcessorsExportIsNamed() {
    assertThat(
            HtmlMetadata.read(
                Jsoup.parse("<html><body class=\"c5 doc-content\"><p>Text</p></body></html>")))
        .containsEntry("html:exportedFrom", List.of("Google Docs"));
    assertThat(read("<meta name=\"ProgId\" content=\"Word.Document\">", ""))
        .containsEntry("html:exportedFrom", List.of("Microsoft Word"));
    assertThat(read("<meta name=\"generator\" content=\"LibreOffice 24.2.7.2 (Linux)\">", ""))
        .containsEntry("html:exportedFrom", List.of("libreoffice"));
    assertThat(read("<meta name=\"generator\" content=\"WordPress 6.7\">", ""))
        .doesNotContainKey("html:exportedFrom");
  }
}
