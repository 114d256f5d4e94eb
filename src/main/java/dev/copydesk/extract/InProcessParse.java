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
 * Readability4J, e-mails with {@link EmailArticles}, everything else with Tika. Any exception
 * becomes a code through {@link ExtractionErrors}; nothing escapes.
 */
final class InProcessParse implements ParseStep {

  private final Limits limits;
  private final TikaDocuments tika;
  private final EmailArticles emails;

  InProcessParse(Limits limits) {
    this.limits = limits;
    this.tika = new TikaDocuments(limits);
    this.emails = new EmailArticles(limits, this);
  }

  @Override
  public Result<Parsed> parse(ParseStep.Input input, Format format, String mediaType) {
    Path file = input.file();
    try {
      return switch (format) {
        case PLAIN_TEXT -> Result.ok(text(file, mediaType, false));
        case MARKDOWN -> Result.ok(text(file, mediaType, true));
        case HTML ->
            Result.ok(WebPages.parse(withinTextLimit(Files.readAllBytes(file)), mediaType));
        case WEB_ARCHIVE ->
            Result.ok(
                WebPages.parse(
                    withinTextLimit(WebArchives.page(Files.readAllBytes(file))), "text/html"));
        case EMAIL -> emails.read(EmailMessages.read(withinTextLimit(Files.readAllBytes(file))));
        case OUTLOOK_MESSAGE -> emails.read(OutlookMessages.read(file));
        case APPLE_MAIL ->
            emails.read(
                EmailMessages.read(withinTextLimit(AppleMail.message(Files.readAllBytes(file)))));
        case NINJS -> NinjsStory.read(withinTextLimit(Files.readAllBytes(file)), mediaType);
        case NEWS_XML -> NewsXml.read(withinTextLimit(Files.readAllBytes(file)), mediaType);
        case WORD, OPEN_DOCUMENT, RTF, PDF -> Result.ok(tika.parse(input, format, mediaType));
      };
    } catch (Exception | StackOverflowError e) {
      return new Result.Failed<>(ExtractionErrors.classify(e, limits));
    }
  }

  private Parsed text(Path file, String mediaType, boolean markdown) throws Exception {
    TextDecoder.Decoded decoded =
        TextDecoder.decode(withinTextLimit(Files.readAllBytes(file)), false);
    String text = withinCharLimit(decoded.text());
    String contentType = mediaType + "; charset=" + decoded.charset().name();
    Map<String, List<String>> properties = Map.of("Content-Type", List.of(contentType));
    if (!markdown && WireFeed.isEnveloped(text)) {
      return WireFeed.read(text, properties);
    }
    FrontMatter.Split split = FrontMatter.split(text);
    if (split.block().isEmpty()) {
      return new Parsed(markdown ? Markdown.blocks(text) : PlainText.blocks(text), properties);
    }
    return withFrontMatter(split, properties);
  }

  /**
   * A text under a front matter block, its fields read as properties and the block kept as a
   * set-aside block. The block is a static site's (or pandoc's) habit, so the text is read as
   * Markdown even in a {@code .txt} or a file without an extension.
   */
  private static Parsed withFrontMatter(
      FrontMatter.Split split, Map<String, List<String>> properties) {
    List<RawBlock> blocks = new ArrayList<>();
    blocks.add(new RawBlock(BlockKind.PARAGRAPH, split.block(), 0, RawBlock.FRONT_MATTER));
    blocks.addAll(Markdown.blocks(split.body()));
    Map<String, List<String>> all = new LinkedHashMap<>(properties);
    all.putAll(split.properties());
    return new Parsed(blocks, all);
  }

  private String withinCharLimit(String text) throws WriteLimitReachedException {
    return withinCharLimit(text, limits);
  }

  /** The text, unless it is longer than the character limit. */
  static String withinCharLimit(String text, Limits limits) throws WriteLimitReachedException {
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
    return withinTextLimit(bytes, limits);
  }

  /** The bytes of a text, unless they cannot decode to fewer characters than the limit. */
  static byte[] withinTextLimit(byte[] bytes, Limits limits) throws WriteLimitReachedException {
    if (bytes.length / 4 > limits.maxTextChars()) {
      throw new WriteLimitReachedException(limits.maxTextChars());
    }
    return bytes;
  }
}
