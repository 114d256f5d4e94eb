package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Wire copy as agencies deliver it to their subscribers' systems, in IPTC's XML: NITF ({@code
 * <nitf>}: {@code hedline}, {@code byline}, {@code body.content}) and NewsML-G2 (a {@code
 * <newsItem>}, or the first text item of a {@code <newsMessage>}: {@code contentMeta}, and the
 * story in {@code contentSet} as XHTML, NITF or plain text). The story is laid out as the agency's
 * own text feed prints it (headline, the advisory to editors as an {@code Eds:} line, standfirst,
 * byline, then the body) so the rules for wire text read it as they read a plain-text story; what
 * the XML states outright is given as properties: {@value #HEADLINE}, {@value #STANDFIRST}, {@value
 * #PUBLISHED} (ISO 8601), {@value #SLUG}, {@value #ID}, {@value #DATELINE}, {@value #COPYRIGHT}.
 *
 * <p>The two vocabularies are read by {@link NitfStory} and {@link NewsMlStory} into one {@link
 * Story}. Read with jsoup's XML parser, which neither fetches a DTD nor expands entities a document
 * declares (no external entities, no entity bombs), and walked without recursion ({@link
 * NewsBlocks}).
 */
final class NewsXml {

  static final String HEADLINE = "news:headline";
  static final String STANDFIRST = "news:standfirst";
  static final String PUBLISHED = "news:published";
  static final String SLUG = "news:slug";
  static final String ID = "news:id";
  static final String DATELINE = "news:dateline";
  static final String COPYRIGHT = "news:copyright";
  static final String ABSTRACT = "news:abstract";
  static final String EMBARGOED = "news:embargoed";

  private static final DateTimeFormatter NOTICE_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC,' d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter NOTICE_DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

  /** NITF's and the ISO basic form of a date and time: {@code 20250314T093000Z}. */
  private static final Pattern BASIC_DATE =
      Pattern.compile(
          "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(?:[.,]\\d+)?)?"
              + "(Z|[+-]\\d{2}:?\\d{2})?");

  private static final Pattern EDITORS_NOTE = Pattern.compile("(?i)eds?\\s*:.*");

  /** A story read from the XML, before it is laid out as blocks. */
  record Story(
      String embargo,
      String headline,
      List<String> advisories,
      String standfirst,
      List<String> bylines,
      List<RawBlock> body,
      Map<String, String> facts) {}

  private NewsXml() {}

  /**
   * The story in {@code bytes}, an NITF or NewsML-G2 document ({@code mediaType}); {@code NO_TEXT}
   * when it holds no story text (a NewsML-G2 item that only links to its content, or a picture's).
   */
  static Result<Parsed> read(byte[] bytes, String mediaType) throws IOException {
    Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.xmlParser());
    Element root = document.children().first();
    Story story =
        root == null
            ? new Story(null, null, List.of(), null, List.of(), List.of(), Map.of())
            : XmlElements.localName(root).equals("nitf")
                ? NitfStory.read(root)
                : NewsMlStory.read(root);
    return laidOut(
        story,
        mediaType,
        "no paragraphs in NITF's body.content, no inline XHTML, NITF or text in a NewsML-G2 item"
            + " (an item that only links to its content, or a picture's, is not read)");
  }

  /**
   * The story laid out as blocks and properties, or {@code NO_TEXT} saying {@code where} no text
   * was found.
   */
  static Result<Parsed> laidOut(Story story, String mediaType, String where) {
    if (story.body().isEmpty()) {
      return Result.failed(ErrorCode.NO_TEXT, "The wire file holds no story text: " + where + ".");
    }
    return Result.ok(parsed(story, mediaType));
  }

  private static Parsed parsed(Story story, String mediaType) {
    List<RawBlock> blocks = new ArrayList<>();
    Map<String, List<String>> properties = new LinkedHashMap<>();
    properties.put("Content-Type", List.of(mediaType));
    if (story.embargo() != null) {
      blocks.add(RawBlock.of(BlockKind.PARAGRAPH, embargoNotice(story.embargo())));
      properties.put(EMBARGOED, List.of(story.embargo()));
    }
    if (story.headline() != null) {
      blocks.add(RawBlock.of(BlockKind.HEADING, story.headline()));
      properties.put(HEADLINE, List.of(story.headline()));
    }
    for (String advisory : story.advisories()) {
      String line = EDITORS_NOTE.matcher(advisory).matches() ? advisory : "Eds: " + advisory;
      blocks.add(RawBlock.of(BlockKind.PARAGRAPH, line));
    }
    if (story.standfirst() != null) {
      blocks.add(RawBlock.of(BlockKind.HEADING, story.standfirst()));
      properties.put(STANDFIRST, List.of(story.standfirst()));
    }
    story.bylines().forEach(byline -> blocks.add(RawBlock.of(BlockKind.PARAGRAPH, byline)));
    blocks.addAll(story.body());
    story.facts().forEach((key, value) -> properties.put(key, List.of(value)));
    return new Parsed(blocks, properties);
  }

  /**
   * The notice a wire feed prints above an embargoed story, for the embargo rules to read: the
   * moment in UTC when the XML gives a time and zone ({@code EMBARGOED UNTIL 04:01 UTC, 8 April
   * 2025}), the day when it gives a day, else the value as written.
   */
  static String embargoNotice(String iso) {
    try {
      return "EMBARGOED UNTIL "
          + OffsetDateTime.parse(iso).atZoneSameInstant(ZoneOffset.UTC).format(NOTICE_TIME);
    } catch (DateTimeParseException notATimeWithZone) {
      try {
        return "EMBARGOED UNTIL "
            + LocalDate.parse(iso.substring(0, Math.min(10, iso.length()))).format(NOTICE_DAY);
      } catch (DateTimeParseException notADay) {
        return "EMBARGOED UNTIL " + iso;
      }
    }
  }

  /**
   * Whether NITF's release time is after the story's issue time: a story released when it is issued
   * is not held back. With no issue time to compare, any release time is an embargo (a notice the
   * editor dismisses costs less than a story published early).
   */
  static boolean later(String release, String issued) {
    if (issued == null) {
      return true;
    }
    try {
      return OffsetDateTime.parse(release).isAfter(OffsetDateTime.parse(issued));
    } catch (DateTimeParseException e) {
      return release.compareTo(issued) > 0;
    }
  }

  /** ISO 8601 in its extended form ({@code 2025-03-14T09:30:00Z}) from the basic or extended. */
  static Optional<String> isoDate(String value) {
    Matcher basic = BASIC_DATE.matcher(value.strip());
    if (!basic.matches()) {
      return XmlElements.nonBlank(value);
    }
    StringBuilder iso =
        new StringBuilder(basic.group(1) + "-" + basic.group(2) + "-" + basic.group(3));
    if (basic.group(4) != null) {
      String seconds = basic.group(6) == null ? "00" : basic.group(6);
      iso.append('T')
          .append(basic.group(4))
          .append(':')
          .append(basic.group(5))
          .append(':')
          .append(seconds);
      String zone = basic.group(7);
      if (zone != null) {
        iso.append(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
      }
    }
    return Optional.of(iso.toString());
  }
}
