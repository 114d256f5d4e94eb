package dev.copydesk.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * A web page's own metadata, by source: JSON-LD article objects ({@code jsonld:*}), Open Graph and
 * article meta tags, the author meta tag ({@code meta:author}), the {@code <title>} ({@code
 * html:title}) and the summary a page marks up in its body ({@code html:summary}: the hAtom {@code
 * entry-summary} or schema.org microdata {@code itemprop=description}). Values are copied as found;
 * choosing between them is normalisation's job.
 */
final class HtmlMetadata {

  /** Meta tags (by {@code property} or {@code name}) and the property each is copied to. */
  /** Word's document properties in a saved page, and the keys a Word file's have. */
  private static final Map<String, Pattern> WORD_PROPERTIES =
      Map.of(
          "dc:creator", Pattern.compile("<o:Author>([^<]{1,200})</o:Author>"),
          "dcterms:created", Pattern.compile("<o:Created>([^<]{1,40})</o:Created>"));

  private static final Map<String, String> META_TAGS =
      Map.of(
          "og:title", "og:title",
          "og:description", "og:description",
          "article:published_time", "article:published_time",
          "author", "meta:author");

  /**
   * Marked-up summaries: themes print the standfirst in the page header as hAtom's {@code
   * entry-summary} or microdata's description, often outside what main-content detection keeps.
   */
  private static final String SUMMARY = ".entry-summary, [itemprop=description]";

  /** schema.org types that describe the article itself. */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "Article",
          "NewsArticle",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "OpinionNewsArticle",
          "BackgroundNewsArticle",
          "ReviewNewsArticle",
          "BlogPosting",
          "LiveBlogPosting",
          "TechArticle",
          "ScholarlyArticle",
          "Report",
          "SocialMediaPosting");

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  private HtmlMetadata() {}

  /** Reads the metadata; call before anything strips {@code <script>} elements. */
  static Map<String, List<String>> read(Document page) {
    Map<String, List<String>> properties = new LinkedHashMap<>();
    String title = page.title();
    if (!title.isBlank()) {
      add(properties, "html:title", title);
    }
    for (Element meta : page.select("meta[content]")) {
      String key = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
      String property = META_TAGS.get(key.strip().toLowerCase(java.util.Locale.ROOT));
      if (property != null) {
        add(properties, property, meta.attr("content"));
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      readJsonLd(script.data(), properties);
    }
    readWordProperties(page, properties);
    Element summary = page.selectFirst(SUMMARY);
    if (summary != null) {
      String text = summary.hasAttr("content") ? summary.attr("content") : summary.text();
      add(properties, "html:summary", text);
    }
    return properties;
  }

  /**
   * A page Word saved keeps the document's properties in an XML island inside a conditional comment
   * in its head ({@code <o:Author>}, {@code <o:Created>}): read as a Word file's ({@code
   * dc:creator}, {@code dcterms:created}).
   */
  private static void readWordProperties(Document page, Map<String, List<String>> properties) {
    for (Node node : page.head().childNodes()) {
      if (node instanceof Comment comment && comment.getData().contains("<o:DocumentProperties")) {
        String xml = comment.getData();
        WORD_PROPERTIES.forEach(
            (key, element) -> {
              Matcher value = element.matcher(xml);
              if (value.find()) {
                add(properties, key, value.group(1));
              }
            });
      }
    }
  }

  private static void readJsonLd(String json, Map<String, List<String>> properties) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (java.io.IOException e) {
      return; // pages often ship broken JSON-LD; the other metadata sources still count
    }
    JsonNode article = findArticle(root);
    if (article == null || properties.containsKey("jsonld:headline")) {
      return;
    }
    add(properties, "jsonld:headline", article.path("headline").asText(""));
    add(properties, "jsonld:datePublished", article.path("datePublished").asText(""));
    add(properties, "jsonld:description", article.path("description").asText(""));
    for (String author : authors(article.path("author"))) {
      add(properties, "jsonld:author", author);
    }
  }

  /** The first article object in a JSON-LD tree: top level, in an array, or in {@code @graph}. */
  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (isArticle(node.path("@type"))) {
      return node;
    }
    return node.has("@graph") ? findArticle(node.get("@graph")) : null;
  }

  private static boolean isArticle(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (ARTICLE_TYPES.contains(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(type.asText());
  }

  private static List<String> authors(JsonNode author) {
    List<String> names = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(a -> names.addAll(authors(a)));
    } else if (author.isTextual()) {
      names.add(author.asText());
    } else if (author.isObject()) {
      names.add(author.path("name").asText(""));
    }
    return names;
  }

  private static void add(Map<String, List<String>> properties, String key, String value) {
    String clean = Parser.unescapeEntities(value, false).strip();
    if (!clean.isEmpty()) {
      List<String> values = properties.computeIfAbsent(key, k -> new ArrayList<>());
      if (!values.contains(clean)) {
        values.add(clean);
      }
    }
  }
}
