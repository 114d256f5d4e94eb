package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire copy as an agency's line or satellite feed sends it, captured to a file: ANPA 1312 (NAA
 * 89-3; Tika knows it by its {@code SYN SYN SOH} start) and the IPTC 7901 messages built the same
 * way. The transmission's envelope is no text of the story: the header between {@code SOH} and
 * {@code STX} (the story number, priority, category and keyword) is set aside as {@value
 * #SLUG_REASON}, the text runs from {@code STX} to {@code ETX}, and what follows {@code ETX} (the
 * time of transmission) and the operator's initials and time line closing the text are set aside as
 * {@value #TRAILER_REASON}; each further message in the same capture is set aside whole as {@value
 * #OTHER_MESSAGE_REASON}, never read into the first (a bulk import cuts a capture into its messages
 * before this, so each gets its own entry).
 *
 * <p>In the text, a line opening with {@code ^} is a heading line (the slug repeated, the
 * headline), its closing {@code <} a line end mark; an indented line opens a paragraph, a line that
 * is not indented goes on with the one before. The typewriter marks of old feeds are read as what
 * they stand for: {@code ``} and {@code ''} as quotation marks, a spaced underscore as a dash
 * ({@code HARLAN BAY (AP) _ }).
 */
final class WireFeed {

  static final String SLUG_REASON = "wire-slug";
  static final String TRAILER_REASON = "wire-trailer";
  static final String OTHER_MESSAGE_REASON = RawBlock.OTHER_STORY;

  private static final char SOH = 0x01;
  private static final char STX = 0x02;
  private static final char ETX = 0x03;
  private static final char EOT = 0x04;

  /** Control characters other than tab and line feed: the envelope's, and line noise. */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

  /** The operator's initials ({@code MDM-CF}) closing a story. */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,4}(?:-\\p{Lu}{2,4}){0,3}");

  /**
   * The time of transmission closing a story, month first as American feeds write it: {@code
   * 02-07-25 0612EST}, {@code AP-WF-…}.
   */
  private static final Pattern SENT_LINE =
      Pattern.compile(
          "(?:\\p{Lu}{2,4}-\\p{Lu}{2,4}-)?(?<month>\\d{2})-(?<day>\\d{2})-(?<year>\\d{4}|\\d{2})"
              + "\\s+(?<hour>\\d{2})(?<minute>\\d{2})\\s*(?<zone>\\p{Lu}{3})");

  /** The zones American feeds stamp their transmissions with. */
  private static final Map<String, ZoneOffset> ZONES =
      Map.of(
          "EST",
          ZoneOffset.ofHours(-5),
          "EDT",
          ZoneOffset.ofHours(-4),
          "CST",
          ZoneOffset.ofHours(-6),
          "CDT",
          ZoneOffset.ofHours(-5),
          "MST",
          ZoneOffset.ofHours(-7),
          "MDT",
          ZoneOffset.ofHours(-6),
          "PST",
          ZoneOffset.ofHours(-8),
          "PDT",
          ZoneOffset.ofHours(-7),
          "GMT",
          ZoneOffset.UTC,
          "UTC",
          ZoneOffset.UTC);

  /** The time the feed sent the message (ISO 8601, from its time line), a weak publication date. */
  static final String SENT = "wire:sent";

  private WireFeed() {}

  /** Whether {@code text} is a feed message: an {@code SOH} before an {@code STX}. */
  static boolean isEnveloped(String text) {
    int soh = text.indexOf(SOH);
    return soh >= 0 && text.indexOf(STX, soh) > soh;
  }

  /**
   * The first message in {@code text}, the rest set aside; its properties: {@code properties} and
   * {@value #SENT} when its time line can be read.
   */
  static Parsed read(String text, Map<String, List<String>> properties) {
    List<RawBlock> blocks = blocks(text);
    Map<String, List<String>> all = new LinkedHashMap<>(properties);
    blocks.stream()
        .filter(b -> TRAILER_REASON.equals(b.setAside()))
        .map(b -> sent(b.text()))
        .flatMap(Optional::stream)
        .findFirst()
        .ifPresent(sent -> all.put(SENT, List.of(sent)));
    return new Parsed(blocks, all);
  }

  /** The blocks of the first message in {@code text}, each further message set aside whole. */
  private static List<RawBlock> blocks(String text) {
    List<String> messages = messages(PlainText.unifyLineBreaks(text));
    List<RawBlock> blocks = messageBlocks(messages.get(0));
    messages.stream().skip(1).forEach(other -> setAside(blocks, other, OTHER_MESSAGE_REASON));
    return blocks;
  }

  /**
   * The messages of a capture, in order: an {@code SOH} after a message's {@code ETX} opens the
   * next; what precedes the first message goes with it.
   */
  private static List<String> messages(String capture) {
    List<String> messages = new ArrayList<>();
    int from = 0;
    int etx = capture.indexOf(ETX, textStart(capture));
    int next = etx < 0 ? -1 : capture.indexOf(SOH, etx);
    while (next >= 0) {
      messages.add(capture.substring(from, next));
      from = next;
      etx = capture.indexOf(ETX, from);
      next = etx < 0 ? -1 : capture.indexOf(SOH, etx);
    }
    messages.add(capture.substring(from));
    return messages;
  }

  /** Where a message's text begins: after the {@code STX} that follows its {@code SOH}, else 0. */
  private static int textStart(String message) {
    int soh = message.indexOf(SOH);
    int stx = soh < 0 ? -1 : message.indexOf(STX, soh);
    return stx + 1;
  }

  /** One message: its header as the slug, its text, and what closes it as the trailer. */
  private static List<RawBlock> messageBlocks(String message) {
    int start = textStart(message);
    int etx = message.indexOf(ETX, start);
    List<RawBlock> blocks = new ArrayList<>();
    if (start > 0) {
      setAside(blocks, message.substring(message.indexOf(SOH) + 1, start - 1), SLUG_REASON);
    }
    blocks.addAll(
        withoutTrailer(story(message.substring(start, etx < 0 ? message.length() : etx))));
    if (etx >= 0) {
      setAside(blocks, message.substring(etx + 1).replace(String.valueOf(EOT), ""), TRAILER_REASON);
    }
    return blocks;
  }

  /** The message's text as heading and paragraph blocks. */
  private static List<RawBlock> story(String text) {
    List<RawBlock> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String raw : CONTROL.matcher(text).replaceAll("").split("\n", -1)) {
      boolean heading = raw.startsWith("^");
      String line = typewriterMarks(lineEnd(heading ? raw.substring(1) : raw, heading));
      boolean indented = line.startsWith("\t") || line.startsWith("  ");
      if (heading || indented || line.isBlank()) {
        flush(blocks, paragraph);
      }
      if (heading) {
        add(blocks, BlockKind.HEADING, line.strip());
      } else if (!line.isBlank()) {
        if (!paragraph.isEmpty()) {
          paragraph.append(' ');
        }
        paragraph.append(line.strip());
      }
    }
    flush(blocks, paragraph);
    return blocks;
  }

  /** The story's closing initials and time lines set aside, as the feed's, not the story's. */
  private static List<RawBlock> withoutTrailer(List<RawBlock> story) {
    List<RawBlock> blocks = new ArrayList<>(story);
    for (int i = blocks.size() - 1; i > 0; i--) {
      String text = blocks.get(i).text();
      if (!INITIALS.matcher(text).matches() && !SENT_LINE.matcher(text).matches()) {
        break;
      }
      blocks.set(i, new RawBlock(BlockKind.PARAGRAPH, text, 0, TRAILER_REASON));
    }
    return blocks;
  }

  /** The moment a time line names ({@code AP-WF-03-12-25 1447EDT}), in ISO 8601 with its offset. */
  static Optional<String> sent(String line) {
    Matcher time = SENT_LINE.matcher(line.strip());
    ZoneOffset zone = time.matches() ? ZONES.get(time.group("zone")) : null;
    if (zone == null) {
      return Optional.empty();
    }
    int year = Integer.parseInt(time.group("year"));
    try {
      return Optional.of(
          OffsetDateTime.of(
                  year < 100 ? 2000 + year : year,
                  Integer.parseInt(time.group("month")),
                  Integer.parseInt(time.group("day")),
                  Integer.parseInt(time.group("hour")),
                  Integer.parseInt(time.group("minute")),
                  0,
                  0,
                  zone)
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }

  /** A line without its closing {@code <} end mark ({@code =} on a heading line). */
  private static String lineEnd(String line, boolean heading) {
    String stripped = line.stripTrailing();
    boolean marked = stripped.endsWith("<") || heading && stripped.endsWith("=");
    return marked ? stripped.substring(0, stripped.length() - 1) : stripped;
  }

  private static String typewriterMarks(String line) {
    return line.replace("``", "“").replace("''", "”").replace(" _ ", " — ");
  }

  private static void flush(List<RawBlock> blocks, StringBuilder paragraph) {
    add(blocks, BlockKind.PARAGRAPH, paragraph.toString());
    paragraph.setLength(0);
  }

  private static void add(List<RawBlock> blocks, BlockKind kind, String text) {
    if (!text.isBlank()) {
      blocks.add(RawBlock.of(kind, text));
    }
  }

  private static void setAside(List<RawBlock> blocks, String text, String reason) {
    String clean = CONTROL.matcher(text).replaceAll(" ").strip();
    if (!clean.isEmpty()) {
      blocks.add(new RawBlock(BlockKind.PARAGRAPH, clean, 0, reason));
    }
  }
}
