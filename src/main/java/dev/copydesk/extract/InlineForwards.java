package dev.copydesk.extract;

import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A message forwarded inside an e-mail's text, as a desk passes a press release on: the forwarder's
 * short note, a marker line ({@code ---------- Forwarded message ---------}, {@code Begin forwarded
 * message:}, {@code -----Original Message-----}), the forwarded message's header lines ({@code
 * From:}, {@code Date:}, {@code Subject:}, {@code To:}), then its text. The text is the article;
 * the note and the header lines are not. Outlook marks a forward by its header lines alone, a
 * {@code From:} line followed by {@code Sent:} (or {@code Date:}, Outlook for Mac), after a line of
 * underscores in Outlook on the web. Apple Mail quotes a forward in plain text ({@code > Begin
 * forwarded message:} and {@code >} before every line under it): one level of quoting is taken off
 * the forward. The markers and field names are read in English, German, French, Spanish, Dutch and
 * Italian ({@code Von:}/{@code Gesendet:}, {@code De :}/{@code Envoyé :}…).
 */
final class InlineForwards {

  /** The forwarder's note, the forwarded header lines, and the forwarded text. */
  record Split(String note, String header, String forwarded) {}

  /** The names Outlook's marker gives the earlier message, which it writes in replies too. */
  private static final String ORIGINAL_NAMES =
      "original message|ursprüngliche nachricht|message d'origine|mensaje original"
          + "|oorspronkelijk bericht|messaggio originale";

  private static final Pattern ORIGINAL = Pattern.compile("(?iu)" + ORIGINAL_NAMES);

  /**
   * The marker line mail clients write above a forward, in English, German, French, Spanish, Dutch
   * and Italian: Gmail's and Thunderbird's "Forwarded message" between dashes, Outlook's "Original
   * Message", Apple Mail's "Begin forwarded message:".
   */
  private static final Pattern MARK =
      Pattern.compile(
          "(?imu)^[ \\t>]*(?:-{2,} ?(?:forwarded message|weitergeleitete nachricht"
              + "|message transféré|mensaje reenviado|doorgestuurd bericht|messaggio inoltrato|"
              + ORIGINAL_NAMES
              + ") ?-{2,}"
              + "|begin forwarded message:|anfang der weitergeleiteten nachricht:"
              + "|début du message réexpédié ?:|inicio del mensaje reenviado:)[ \\t]*$");

  /** Header field names as the same clients write them, by field. */
  private static final String FROM = "from|von|de|van|da|från|fra";

  private static final String SENT =
      "sent|gesendet|envoyé|enviado(?: el)?|verzonden|inviato|skickat|sendt";
  private static final String DATE = "date|datum|fecha|data";
  private static final String TO = "to|an|à|a|para|aan|till|til";
  private static final String SUBJECT = "subject|betreff|objet|asunto|onderwerp|oggetto|ämne|emne";

  /**
   * Outlook's forward: no marker, or a line of underscores, then a From: line and a Sent: (or
   * Date:) line, in any of those languages.
   */
  private static final Pattern OUTLOOK_MARK =
      Pattern.compile(
          "(?imu)^(?:[ \\t]*(?:_{10,}|-{2,} ?(?:"
              + ORIGINAL_NAMES
              + ") ?-{2,})[ \\t]*\\r?\\n)?(?=[ \\t]*(?:"
              + FROM
              + ")[ \\t]*:.*\\r?\\n[ \\t]*(?:"
              + SENT
              + "|"
              + DATE
              + ")[ \\t]*:)");

  private static final Pattern HEADER_LINE =
      Pattern.compile(
          "(?iu)[ \\t>]*(?:"
              + String.join("|", FROM, SENT, DATE, TO, "cc", SUBJECT, "reply-to")
              + ")[ \\t]*:.*|[ \\t>]*");

  /**
   * One level of quoting: Apple Mail writes a forward as a quotation in plain text, the marker line
   * and every line under it starting {@code >}.
   */
  private static final Pattern QUOTED = Pattern.compile("^[ \\t]*> ?");

  private InlineForwards() {}

  /**
   * Where Outlook's header of an earlier message starts in the text ({@code From:} then {@code
   * Sent:}, perhaps after a line of underscores), after some text of its own; -1 when there is
   * none. Under a reply longer than a covering note, it opens the quotation of the message
   * answered.
   */
  static int outlookHeaderAfterText(String text) {
    var mark = OUTLOOK_MARK.matcher(text);
    while (mark.find()) {
      if (!text.substring(0, mark.start()).isBlank()) {
        return mark.start();
      }
    }
    return -1;
  }

  /** Whether a text opens with Outlook's header of a message (its lines joined by line feeds). */
  static boolean opensOutlookHeader(String text) {
    return OUTLOOK_MARK.matcher(text).lookingAt();
  }

  /**
   * The forward the text opens with, if any. In a reply ({@code reply}), only a forward's own
   * marker ("Forwarded message", "Begin forwarded message:") opens one: Outlook's header of an
   * earlier message, with or without its "Original Message" line, is then the message answered,
   * which {@link MailText} sets aside as the quotation, and the text above it is the reply, however
   * short (a brief filed in answer to the desk's request).
   */
  static Optional<Split> split(String text, boolean reply) {
    var mark = MARK.matcher(text);
    if (mark.find()) {
      if (reply && ORIGINAL.matcher(mark.group()).find()) {
        return Optional.empty();
      }
    } else {
      mark = OUTLOOK_MARK.matcher(text);
      if (reply || !mark.find()) {
        return Optional.empty();
      }
    }
    String note = text.substring(0, mark.start()).strip();
    if (MailText.words(note) > MailText.COVERING_NOTE_WORDS) {
      return Optional.empty();
    }
    boolean quoted = QUOTED.matcher(mark.group()).lookingAt();
    String[] lines =
        Arrays.stream(text.substring(mark.end()).split("\\r?\\n", -1))
            .map(line -> quoted ? QUOTED.matcher(line).replaceFirst("") : line)
            .toArray(String[]::new);
    int body = 0;
    boolean fields = false;
    while (body < lines.length && HEADER_LINE.matcher(lines[body]).matches()) {
      if (lines[body].isBlank() && fields) {
        break;
      }
      fields |= !lines[body].isBlank();
      body++;
    }
    if (!fields) {
      return Optional.empty();
    }
    StringJoiner header = new StringJoiner("\n");
    Stream.concat(
            Stream.of(QUOTED.matcher(mark.group()).replaceFirst("")), Arrays.stream(lines, 0, body))
        .filter(line -> !line.isBlank())
        .forEach(line -> header.add(line.strip()));
    String forwarded = String.join("\n", Arrays.copyOfRange(lines, body, lines.length)).strip();
    if (forwarded.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Split(note.isEmpty() ? null : note, header.toString(), forwarded));
  }

  /**
   * An HTML-only message's blocks (read as a web page) with a forward's note and header set aside
   * ({@link RawBlock#EMAIL_COVERING_NOTE}, {@link RawBlock#EMAIL_FORWARD_HEADER}) when its text
   * opens with a forward whose text begins at a block; else the blocks as they are.
   */
  static List<RawBlock> setAside(List<RawBlock> blocks, boolean reply) {
    List<String> texts = blocks.stream().filter(RawBlock::mainContent).map(RawBlock::text).toList();
    String joined = String.join("\n\n", texts);
    Split split = split(joined, reply).orElse(null);
    if (split == null) {
      return blocks;
    }
    int before = blockWhereTailIs(texts, joined, split.forwarded());
    if (before < 0) {
      return blocks;
    }
    Set<String> headerLines = Set.copyOf(split.header().lines().toList());
    List<RawBlock> out = new ArrayList<>();
    for (RawBlock block : blocks) {
      if (block.mainContent() && before > 0) {
        before--;
        boolean header =
            block.text().strip().lines().allMatch(l -> headerLines.contains(l.strip()));
        String reason = header ? RawBlock.EMAIL_FORWARD_HEADER : RawBlock.EMAIL_COVERING_NOTE;
        out.add(new RawBlock(block.kind(), block.text(), block.page(), reason));
      } else {
        out.add(block);
      }
    }
    return out;
  }

  /**
   * The first block from which the joined text, stripped, is {@code tail}; -1 when the tail does
   * not begin at a block. One pass over the blocks' offsets in {@code joined}, no tail copied.
   */
  private static int blockWhereTailIs(List<String> texts, String joined, String tail) {
    int offset = 0;
    for (int k = 0; k < texts.size(); k++) {
      int start = offset;
      while (start < joined.length() && Character.isWhitespace(joined.charAt(start))) {
        start++;
      }
      if (joined.startsWith(tail, start) && joined.substring(start + tail.length()).isBlank()) {
        return k;
      }
      offset += texts.get(k).length() + 2;
    }
    return -1;
  }
}
