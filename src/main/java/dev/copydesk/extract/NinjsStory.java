package dev.copydesk.extract;

import static dev.copydesk.extract.XmlElements.first;
import static dev.copydesk.extract.XmlElements.nonBlank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;

/**
 * A story in ninjs, IPTC's JSON for news (what news APIs such as AP's and newsroom systems such as
 * Superdesk hand out), versions 1 and 2: {@code headline} or {@code headlines}, {@code
 * description_text} or a {@code summary} of {@code descriptions}, {@code byline}, {@code by} or
 * {@code bylines}, {@code ednote}, {@code embargoed}, {@code firstcreated}/{@code versioncreated},
 * {@code slugline}, {@code located}, {@code copyrightnotice}/{@code copyrightholder}, and the text
 * in {@code body_html} (read as XHTML), {@code body_text}, or the first of {@code bodies}. Laid out
 * as NITF and NewsML-G2 are ({@link NewsXml}).
 */
final class NinjsStory {

  private static final ObjectMapper JSON = new ObjectMapper();

  private NinjsStory() {}

  /** The story in {@code bytes}; {@code CORRUPT_FILE} when they are no JSON object. */
  static Result<Parsed> read(byte[] bytes, String mediaType) throws IOException {
    JsonNode story;
    try {
      story = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      return Result.failed(
          ErrorCode.CORRUPT_FILE, "The ninjs file is not valid JSON: " + e.getOriginalMessage());
    }
    if (story == null || !story.isObject()) {
      return Result.failed(ErrorCode.CORRUPT_FILE, "The ninjs file holds no JSON object.");
    }
    return NewsXml.laidOut(
        of(story), mediaType, "no body_html, body_text or bodies in the ninjs object");
  }

  private static NewsXml.Story of(JsonNode story) {
    Map<String, String> facts = new LinkedHashMap<>();
    first(text(story, "firstcreated"), text(story, "versioncreated"))
        .flatMap(NewsXml::isoDate)
        .ifPresent(date -> facts.put(NewsXml.PUBLISHED, date));
    text(story, "slugline").ifPresent(slug -> facts.put(NewsXml.SLUG, slug));
    first(text(story, "uri"), text(story, "guid")).ifPresent(id -> facts.put(NewsXml.ID, id));
    text(story, "located").ifPresent(dateline -> facts.put(NewsXml.DATELINE, dateline));
    first(text(story, "copyrightnotice"), text(story, "copyrightholder"))
        .ifPresent(copyright -> facts.put(NewsXml.COPYRIGHT, copyright));
    return new NewsXml.Story(
        text(story, "embargoed").flatMap(NewsXml::isoDate).orElse(null),
        first(text(story, "headline"), valued(story, "headlines", role("main"))).orElse(null),
        text(story, "ednote").stream().toList(),
        first(
                text(story, "description_text"),
                valued(story, "descriptions", role("summary")),
                valued(story, "subheadlines", any -> true))
            .orElse(null),
        bylines(story),
        body(story),
        facts);
  }

  /** {@code byline} (1.x), {@code by}, or each of {@code bylines} (2.x). */
  private static List<String> bylines(JsonNode story) {
    List<String> bylines = new ArrayList<>();
    first(text(story, "byline"), text(story, "by")).ifPresent(bylines::add);
    elements(story, "bylines")
        .map(b -> b.isTextual() ? nonBlank(b.asText()) : text(b, "byline"))
        .flatMap(Optional::stream)
        .forEach(bylines::add);
    return bylines;
  }

  /**
   * The story's text: {@code body_html}, else {@code body_text}, else the first of {@code bodies}.
   */
  private static List<RawBlock> body(JsonNode story) {
    Optional<String> html =
        first(
            text(story, "body_html"),
            valued(story, "bodies", b -> b.path("contenttype").asText("").contains("html")));
    if (html.isPresent()) {
      return NewsBlocks.of(Jsoup.parseBodyFragment(html.get()).body());
    }
    return first(text(story, "body_text"), valued(story, "bodies", any -> true))
        .map(PlainText::blocks)
        .orElse(List.of());
  }

  /** The {@code value} of the first object in array {@code field} that {@code wanted} accepts. */
  private static Optional<String> valued(JsonNode story, String field, Predicate<JsonNode> wanted) {
    return elements(story, field).filter(wanted).findFirst().flatMap(n -> text(n, "value"));
  }

  private static Predicate<JsonNode> role(String role) {
    return node -> {
      String value = node.path("role").asText("").toLowerCase(Locale.ROOT);
      return value.isEmpty() || value.contains(role);
    };
  }

  private static Stream<JsonNode> elements(JsonNode story, String field) {
    JsonNode array = story.path(field);
    return array.isArray() ? StreamSupport.stream(array.spliterator(), false) : Stream.empty();
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? nonBlank(value.asText()) : Optional.empty();
  }
}
