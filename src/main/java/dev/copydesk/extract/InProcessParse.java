package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.WriteLimitReachedException;

/**
 * Parses in this JVM: text and Markdown with our own readers, web pages with jsoup and
 * Readability4J, everything else with Tika. Any exception becomes a code through {@link
 * ExtractionErrors}; nothing escapes.
 */
final class InProcessParse implements ParseStep {

  private final Limits limits;
  private final TikaDocuments tika;

  InProcessParse(Limits limits) {
    this.limits = limits;
    this.tika = new TikaDocuments(limits);
  }

  @Override
  public Result<Parsed> parse(ParseStep.Input input, Format format, String mediaType) {
    Path file = input.file();
    try {
      return Result.ok(
          switch (format) {
            case PLAIN_TEXT -> text(file, mediaType, false);
            case MARKDOWN -> text(file, mediaType, true);
            case HTML -> WebPages.parse(withinTextLimit(Files.readAllBytes(file)), mediaType);
            case WEB_ARCHIVE ->
                WebPages.parse(
                    withinTextLimit(WebArchives.page(Files.readAllBytes(file))), "text/html");
            case EMAIL -> email(file);
            case WORD, OPEN_DOCUMENT, RTF, PDF -> tika.parse(input, format, mediaType);
          });
    } catch (Exception | StackOverflowError e) {
      return new Result.Failed<>(ExtractionErrors.classify(e, limits));
    }
  }

  private Parsed text(Path file, String mediaType, boolean markdown) throws Exception {
    TextDecoder.Decoded decoded =
        TextDecoder.decode(withinTextLimit(Files.readAllBytes(file)), false);
    String text = withinCharLimit(decoded.text());
    String contentType = mediaType + "; charset=" + decoded.charset().name();
    return new Parsed(
        markdown ? Markdown.blocks(text) : PlainText.blocks(text),
        Map.of("Content-Type", List.of(contentType)));
  }

  /**
   * An e-mail: its text part as plain text (a signature after {@code "-- "} set aside), else its
   * HTML part as a web page; the subject as the title, the sent date as a creation date (a weak
   * publication date), the sender and the attachments' names as properties. The sender is not taken
   * for the author: a press office or a desk sends what others wrote.
   */
  private Parsed email(Path file) throws Exception {
    EmailMessages.Email mail = EmailMessages.read(withinTextLimit(Files.readAllBytes(file)));
    Parsed body;
    if (mail.text() != null) {
      List<RawBlock> blocks = new ArrayList<>(PlainText.blocks(withinCharLimit(mail.text())));
      if (mail.signature() != null) {
        blocks.add(
            new RawBlock(BlockKind.PARAGRAPH, mail.signature(), 0, RawBlock.EMAIL_SIGNATURE));
      }
      body = new Parsed(blocks, Map.of());
    } else if (mail.html() != null) {
      body = WebPages.parse(mail.html(), "text/html");
    } else {
      body = new Parsed(List.of(), Map.of());
    }
    Map<String, List<String>> properties = new LinkedHashMap<>(body.properties());
    putIfPresent(properties, "dc:title", mail.subject());
    putIfPresent(properties, "dcterms:created", mail.sent());
    putIfPresent(properties, "email:from", mail.from());
    if (!mail.attachments().isEmpty()) {
      properties.put("email:attachments", mail.attachments());
    }
    return new Parsed(body.blocks(), properties);
  }

  private static void putIfPresent(Map<String, List<String>> properties, String key, String value) {
    if (value != null && !value.isBlank()) {
      properties.put(key, List.of(value));
    }
  }

  /** The text, unless it is longer than the character limit. */
  private String withinCharLimit(String text) throws WriteLimitReachedException {
    if (text.length() > limits.maxTextChars()) {
      throw new WriteLimitReachedException(limits.maxTextChars());
    }
    return text;
  }

  /**
   * A cheap early stop for text formats: more bytes than four times the character limit cannot
   * decode to fewer characters than the limit (no charset uses more than four bytes a character).
   */
  private byte[] withinTextLimit(byte[] bytes) throws WriteLimitReachedException {
    if (bytes.length / 4 > limits.maxTextChars()) {
      throw new WriteLimitReachedException(limits.maxTextChars());
    }
    return bytes;
  }
}
