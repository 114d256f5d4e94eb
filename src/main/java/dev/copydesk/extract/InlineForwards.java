package dev.copydesk.extract;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message forwarded inside an e-mail's text, as a desk passes a press release on: the forwarder's
 * short note, a marker line ({@code ---------- Forwarded message ---------}, {@code Begin forwarded
 * message:}, {@code -----Original Message-----}), the forwarded message's header lines ({@code
 * From:}, {@code Date:}, {@code Subject:}, {@code To:}), then its text. The text is the article;
 * the note and the header lines are not.
 */
final class InlineForwards {

  /** The forwarder's note, the forwarded header lines, and the forwarded text. */
  record Split(String note, String header, String forwarded) {}

  private static final Pattern MARK =
      Pattern.compile(
          "(?im)^[ \\t>]*(?:-{2,} ?(?:forwarded message|original message) ?-{2,}"
              + "|begin forwarded message:)[ \\t]*$");

  private static final Pattern HEADER_LINE =
      Pattern.compile("(?i)[ \\t>]*(?:from|sent|date|to|cc|subject|reply-to)[ \\t]*:.*|[ \\t>]*");

  private InlineForwards() {}

  static Optional<Split> split(String text) {
    var mark = MARK.matcher(text);
    if (!mark.find()) {
      return Optional.empty();
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
    StringBuilder header = new StringBuilder(mark.group().strip());
    Arrays.stream(lines, 0, body)
        .filter(line -> !line.isBlank())
        .forEach(line -> header.append('\n').append(line.strip()));
    String forwarded = String.join("\n", Arrays.copyOfRange(lines, body, lines.length)).strip();
    if (forwarded.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Split(note.isEmpty() ? null : note, header.toString(), forwarded));
  }
}
