package dev.copydesk.extract;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import dev.copydesk.model.Result;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The allow-list: which detected media types copydesk reads, and what it tells the user about the
 * rest. Detection happens on the bytes; the file name only breaks ties (see {@link TypeDetection}).
 */
final class SupportedTypes {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String DOC = "application/msword";
  static final String ODT = "application/vnd.oasis.opendocument.text";
  static final String OUTLOOK = "application/vnd.ms-outlook";
  static final String APPLE_MAIL = "message/x-emlx";

  /**
   * NITF, by its root element {@code <nitf>} (IANA's {@code text/vnd.IPTC.NITF}; declared with the
   * NewsML-G2 roots in {@code custom-mimetypes.xml} at the root of the classpath).
   */
  static final String NITF = "text/vnd.iptc.nitf";

  /**
   * A wire feed's message (ANPA 1312), read as plain text without its envelope ({@link WireFeed}).
   */
  static final String ANPA = "text/vnd.iptc.anpa";

  static final String NEWSML_ITEM = "application/vnd.iptc.g2.newsitem+xml";
  static final String NEWSML_MESSAGE = "application/vnd.iptc.g2.newsmessage+xml";

  /** ninjs, IPTC's JSON for news, by its keys (declared in {@code custom-mimetypes.xml}). */
  static final String NINJS = "application/ninjs+json";

  private static final Map<String, Format> ACCEPTED =
      Map.ofEntries(
          Map.entry("text/plain", Format.PLAIN_TEXT),
          Map.entry(ANPA, Format.PLAIN_TEXT),
          Map.entry("text/markdown", Format.MARKDOWN),
          Map.entry("text/x-web-markdown", Format.MARKDOWN),
          Map.entry("text/html", Format.HTML),
          Map.entry("application/xhtml+xml", Format.HTML),
          Map.entry("multipart/related", Format.WEB_ARCHIVE),
          Map.entry("message/rfc822", Format.EMAIL),
          Map.entry(OUTLOOK, Format.OUTLOOK_MESSAGE),
          Map.entry(APPLE_MAIL, Format.APPLE_MAIL),
          Map.entry(DOCX, Format.WORD),
          Map.entry(DOC, Format.WORD),
          Map.entry(ODT, Format.OPEN_DOCUMENT),
          Map.entry("application/rtf", Format.RTF),
          Map.entry("application/pdf", Format.PDF),
          Map.entry(NITF, Format.NEWS_XML),
          Map.entry(NEWSML_ITEM, Format.NEWS_XML),
          Map.entry(NEWSML_MESSAGE, Format.NEWS_XML),
          Map.entry(NINJS, Format.NINJS));

  /** Types Tika reports for Office files it could not open: a better code than "unsupported". */
  private static final Map<String, IngestError> REFUSED =
      Map.of(
          "application/x-tika-ooxml-protected",
          IngestError.of(
              ErrorCode.ENCRYPTED,
              "The Office document is password-protected; remove the password and upload it"
                  + " again."),
          "application/x-tika-ooxml",
          IngestError.of(
              ErrorCode.CORRUPT_FILE,
              "The file looks like a damaged Office document (its parts list is missing)."));

  /** Plain words for types users send by mistake; checked in order, first prefix match wins. */
  private static final List<Map.Entry<String, String>> NAMES =
      List.of(
          Map.entry("application/octet-stream", "unrecognised binary data"),
          Map.entry("image/png", "a PNG image"),
          Map.entry("image/jpeg", "a JPEG image"),
          Map.entry("image/gif", "a GIF image"),
          Map.entry("image/", "an image"),
          Map.entry("video/", "a video"),
          Map.entry("audio/", "an audio file"),
          Map.entry("application/zip", "a ZIP archive"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.spreadsheetml",
              "an Excel spreadsheet"),
          Map.entry("application/vnd.ms-excel", "an Excel spreadsheet"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.presentationml",
              "a PowerPoint presentation"),
          Map.entry("application/vnd.ms-powerpoint", "a PowerPoint presentation"),
          Map.entry(
              "application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet"),
          Map.entry("application/epub+zip", "an e-book (EPUB)"),
          Map.entry("text/csv", "a CSV table"),
          Map.entry("application/json", "a JSON file"),
          Map.entry("application/xml", "an XML file"),
          Map.entry("application/x-tika-msoffice", "an unrecognised Microsoft Office file"));

  static final String ACCEPTED_LIST =
      "Word (docx, doc), OpenDocument text (odt), RTF, PDF, HTML (also saved as .mhtml),"
          + " plain text, Markdown, e-mail (.eml, Outlook .msg, Apple Mail .emlx) and wire copy"
          + " (a feed's ANPA 1312 or IPTC 7901 messages, NITF or NewsML-G2 XML, ninjs JSON)";

  private SupportedTypes() {}

  /**
   * The format to read a file with, or why it is refused.
   *
   * @param mediaType the type detected from the bytes, without parameters
   * @param fileName the user's file name: a {@code .md} name turns plain text into Markdown
   */
  static Result<Format> formatOf(String mediaType, String fileName) {
    Format format = ACCEPTED.get(mediaType);
    if (format == Format.PLAIN_TEXT && isMarkdownName(fileName)) {
      return Result.ok(Format.MARKDOWN);
    }
    if (format != null) {
      return Result.ok(format);
    }
    IngestError refused = REFUSED.get(mediaType);
    if (refused != null) {
      return new Result.Failed<>(refused);
    }
    return Result.failed(
        ErrorCode.UNSUPPORTED_TYPE,
        "The file is " + describe(mediaType) + "; copydesk reads " + ACCEPTED_LIST + ".");
  }

  /** A detected type in plain words, e.g. {@code "a PNG image"}. */
  static String describe(String mediaType) {
    for (Map.Entry<String, String> name : NAMES) {
      if (mediaType.startsWith(name.getKey())) {
        return name.getValue();
      }
    }
    return "of type " + mediaType;
  }

  private static boolean isMarkdownName(String fileName) {
    String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".md") || lower.endsWith(".markdown");
  }
}
