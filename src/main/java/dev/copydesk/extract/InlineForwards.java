package dev.copydesk.extract;

import java.util.Arrays;
import java.util.Optional;
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
 * underscores in Outlook on the web.
 */
final class InlineForwards {

  /** The forwarder's note, the forwarded header lines, and the forwarded text. */
  record Split(String note, String header, String forwarded) {}

  private static final Pattern MARK =
      Pattern.compile(
          "(?im)^[ \\t>]*(?:-{2,} ?(?:forwarded message|original message) ?-{2,}"
              + "|begin forwarded message:)[ \\t]*$");

  /**
   * Outlook's forward: no marker, or a line of underscores, then {@code From:} and {@code Sent:}.
   */
  private static final Pattern OUTLOOK_MARK =
      Pattern.compile(
          "(?im)^(?:[ \\t]*_{10,}[ \\t]*\\r?\\n)?"
              + "(?=[ \\t]*from[ \\t]*:.*\\r?\\n[ \\t]*(?:sent|date)[ \\t]*:)");

  private static final Pattern HEADER_LINE =
      Pattern.compile("(?i)[ \\t>]*(?:from|sent|date|to|cc|subject|reply-to)[ \\t]*:.*|[ \\t>]*");

  private InlineForwards() {}

  static Optional<Split> split(String text) {
    var mark = MARK.matcher(text);
    if (!mark.find()) {
      mark = OUTLOOK_MARK.matcher(text);
      if (!mark.find()) {
        return Optional.empty();
      }
    }
    String note = text.substring(0, mark.start()).strip();
    if (MailText.words(note) > MailText.COVERING_NOTE_WORDS) {
      return Optional.empty();
    }
    String[] lines = text.substring(mark.end()).split("\\r?\\n", -1);
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
    Stream.concat(Stream.of(mark.group()), Arrays.stream(lines, 0, body))
        .filter(line -> !line.isBlank())
        .forEach(line -> header.add(line.strip()));
    String forwarded = String.join("\n", Arrays.copyOfRange(lines, body, lines.length)).strip();
    if (forwarded.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Split(note.isEmpty() ? null : note, header.toString(), forwarded));
  }
}
