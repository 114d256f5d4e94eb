package dev.copydesk.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * A web page's own metadata, by source: JSON-LD article objects ({@code jsonld:*}), Open Graph and
 * article meta tags and the names news systems give the same ({@code article:author}, {@code
 * meta:published}), the author meta tag ({@code meta:author}), the {@code <title>} ({@code
 * html:title}), the authors it marks up ({@code html:author}, {@link AuthorMarkup}) and the summary
 * a page marks up in its body ({@code html:summary}: the hAtom {@code entry-summary} or schema.org
 * microdata {@code itemprop=description}). Values are copied as found; choosing between them is
 * normalisation's job.
 */
final class HtmlMetadata {

  /** Word's document properties in a saved page, and the keys a Word file's have. */
  private static final Map<String, Pattern> WORD_PROPERTIES =
      Map.of(
          "dc:creator", Pattern.compile("<o:Author>([^<]{1,200})</o:Author>"),
          "dcterms:created", Pattern.compile("<o:Created>([^<]{1,40})</o:Created>"));

  /**
   * Meta tags (by {@code property} or {@code name}; either may list several, space-separated) and
   * the property each is copied to. The article's title, author and publish date go by many names:
   * Open Graph's, Dublin Core's, and those of the publishing and analytics systems news sites run
   * (Parse.ly, Sailthru, the New York Times' {@code byl}).
   */
  private static final Map<String, String> META_TAGS =
      Map.ofEntries(
          Map.entry("og:title", "og:title"),
          Map.entry("parsely-title", "meta:title"),
          Map.entry("sailthru.title", "meta:title"),
          Map.entry("og:description", "og:description"),
          Map.entry("article:published_time", "article:published_time"),
          Map.entry("author", "meta:author"),
          Map.entry("article:author", "article:author"),
          Map.entry("article:author_name", "article:author"),
          Map.entry("parsely-author", "article:author"),
          Map.entry("sailthru.author", "article:author"),
          Map.entry("byl", "article:author"),
          Map.entry("dc:creator", "article:author"),
          Map.entry("dc.creator", "article:author"),
          Map.entry("dcterms.creator", "article:author"),
          Map.entry("parsely-pub-date", "meta:published"),
          Map.entry("sailthru.date", "meta:published"),
          Map.entry("article:published", "meta:published"),
          Map.entry("dc.date.issued", "meta:published"),
          Map.entry("dcterms.issued", "meta:published"));

  private static final Pattern TAG_NAMES = Pattern.compile("\\s+");

  /** The property naming the word processor that exported a page ({@link #exportedFrom}). */
  static final String EXPORTED_FROM = "html:exportedFrom";

  private static final String WORD = "Microsoft Word";

  private static final List<String> DOCUMENT_GENERATORS =
      List.of("microsoft word", "libreoffice", "openoffice", "pandoc");

  private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final String CDATA_OPEN = "<![CDATA[";
  private static final String CDATA_CLOSE = "]]>";
  private static final Pattern BEFORE_CDATA = Pattern.compile("\\s*(?://)?\\s*");

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
      String names = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
      for (String name : TAG_NAMES.split(names.strip().toLowerCase(Locale.ROOT))) {
        String property = META_TAGS.get(name);
        if (property != null) {
          add(properties, property, meta.attr("content"));
        }
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      readJsonLd(script.data(), page, properties);
    }
    readWordProperties(page, properties);
    add(properties, "html:lang", declaredLanguage(page));
    add(properties, EXPORTED_FROM, exportedFrom(page));
    AuthorMarkup.authors(page).forEach(author -> add(properties, "html:author", author));
    Element summary = page.selectFirst(SUMMARY);
    if (summary != null) {
      String text = summary.hasAttr("content") ? summary.attr("content") : summary.text();
      add(properties, "html:summary", text);
    }
    return properties;
  }

  /**
   * A page Word saved ({@code <meta name="ProgId" content="Word.Document">}): its paragraph styles
   * are the document's (its Title and Subtitle name the article as a Word file's do). A web page's
   * own classes ({@code class="title"} on a sidebar's heading) say nothing of the kind.
   */
  private static boolean savedByWord(Document page) {
    return page.select("meta[name=ProgId]").attr("content").equalsIgnoreCase("Word.Document");
  }

  /** Whether {@link #read} found the page saved by Word ({@link #savedByWord(Document)}). */
  static boolean savedByWord(Map<String, List<String>> properties) {
    return List.of(WORD).equals(properties.get(EXPORTED_FROM));
  }

  /**
   * The word processor that wrote the page, when the page shows it: Word ({@code ProgId}), Google
   * Docs (its {@code doc-content} body), or a {@code generator} tag naming LibreOffice, OpenOffice
   * or pandoc. Such a page is a document saved as HTML, not a web page: a name alone under its
   * title is its byline, as in the document.
   */
  private static String exportedFrom(Document page) {
    if (savedByWord(page)) {
      return WORD;
    }
    Element body = page.body();
    if (body != null && body.hasClass("doc-content")) {
      return "Google Docs";
    }
    String generator = page.select("meta[name=generator]").attr("content").toLowerCase(Locale.ROOT);
    return DOCUMENT_GENERATORS.stream().filter(generator::contains).findFirst().orElse("");
  }

  /** The language the page declares: {@code <html lang>}, else the content-language meta tag. */
  private static String declaredLanguage(Document page) {
    Element root = page.selectFirst("html");
    String lang =
        root == null ? "" : root.hasAttr("lang") ? root.attr("lang") : root.attr("xml:lang");
    return lang.isBlank()
        ? page.select("meta[http-equiv~=(?i)^content-language$]").attr("content")
        : lang;
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

  private static void readJsonLd(String json, Document page, Map<String, List<String>> properties) {
    JsonNode root;
    try {
      root = JSON.readTree(unwrapped(json));
    } catch (java.io.IOException e) {
      return; // pages often ship broken JSON-LD; the other metadata sources still count
    }
    JsonNode article = findArticle(root);
    if (article == null || properties.containsKey("jsonld:headline")) {
      return;
    }
    add(properties, "jsonld:headline", headline(article, page.title()));
    add(properties, "jsonld:datePublished", article.path("datePublished").asText(""));
    add(properties, "jsonld:description", article.path("description").asText(""));
    for (String author : authors(article.path("author"))) {
      add(properties, "jsonld:author", author);
    }
  }

  /**
   * The article's headline, or its {@code name} when that differs and covers more of the page's
   * {@code <title>}: Wikipedia's headline is a description ({@code constitutional monarchy in
   * Oceania}), its name the title ({@code New Zealand}), where a news site's name may be its own
   * ({@code Aktuálně.cz}). Readability.js chooses the same way.
   */
  private static String headline(JsonNode article, String pageTitle) {
    String headline = article.path("headline").asText("");
    String name = article.path("name").asText("");
    Set<String> title = words(pageTitle);
    return covered(title, name) > covered(title, headline) ? name : headline;
  }

  /** How many of the {@code title}'s words {@code text} has. */
  private static long covered(Set<String> title, String text) {
    return words(text).stream().filter(title::contains).count();
  }

  private static Set<String> words(String text) {
    return Arrays.stream(WORD_BREAK.split(text.toLowerCase(Locale.ROOT)))
        .filter(w -> !w.isEmpty())
        .collect(Collectors.toSet());
  }

  /**
   * The JSON of a script XHTML habits wrapped in {@code <![CDATA[ … ]]>} (after a {@code //} or
   * not; a {@code //} before the closing mark is a comment to the JSON reader): 19 of the 26
   * Readability test pages with JSON-LD have it so.
   */
  private static String unwrapped(String script) {
    int open = script.indexOf(CDATA_OPEN);
    int close = script.lastIndexOf(CDATA_CLOSE);
    boolean wrapped =
        open >= 0 && close > open && BEFORE_CDATA.matcher(script.substring(0, open)).matches();
    return wrapped ? script.substring(open + CDATA_OPEN.length(), close) : script;
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
