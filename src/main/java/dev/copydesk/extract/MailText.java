package dev.copydesk.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text part cut into what it holds: a forward's note and header lines above the forwarded text
 * ({@link InlineForwards}), the text, a signature (after {@code "-- "}, or a sign-off such as
 * {@code Best,} over the sender's name and a few short lines at the end), a legal footer, a reply's
 * quotation of the message it answers (each null when absent).
 */
record MailText(
    String note,
    String forwardHeader,
    String text,
    String signature,
    String disclaimer,
    String quoted) {

  static final MailText NONE = new MailText(null, null, null, null, null, null);

  /**
   * A mail's own text this short is a covering note: for a message forwarded below it, or for the
   * one document attached to it.
   */
  static final int COVERING_NOTE_WORDS = 80;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** The line that starts a signature ({@code "-- "}, RFC 3676). */
  private static final Pattern SIGNATURE = Pattern.compile("(?m)^-- ?$");

  /**
   * The paragraph that opens a legal footer at the end of a mail's text ({@code CONFIDENTIALITY
   * NOTICE:}, {@code This e-mail and any attachments are intended only for…}) that no signature
   * line put in the signature; the last such paragraph is the footer.
   */
  private static final Pattern DISCLAIMER =
      Pattern.compile(
          "(?:^|\\n[ \\t]*\\n)[ \\t]*(?:confidentiality notice|privileged (?:and|&) confidential"
              + "|this (?:e-?mail|message|communication)"
              + "(?: and any (?:files|attachments)(?: transmitted with it)?)?"
              + " (?:is|are|may be|may contain|contains) (?:confidential|intended|privileged)"
              + " (?:and|or|for|only|solely|information)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A reply's quotation of the message it answers: the attribution line ({@code On Mon, Apr 7, 2025
   * at 4:42 PM Press Office <press@…> wrote:}; in French, Spanish and Italian ending {@code a écrit
   * :}, {@code escribió:}, {@code ha scritto:}; in German and Dutch {@code Am …, um … schrieb …:},
   * {@code Op … schreef …:}) and the {@code >}-quoted lines under it.
   */
  private static final String ATTRIBUTION =
      "(?:On .{6,200}? wrote:|.{6,200}? (?:a écrit|escribió|ha scritto) ?:"
          + "|(?:Am|Op) .{6,200}? (?:schrieb|schreef)\\b.{0,200}?:)";

  /** The attribution line, then the {@code >}-quoted lines under it. */
  private static final Pattern QUOTED =
      Pattern.compile("(?m)^[ \\t]*" + ATTRIBUTION + "[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)*[ \\t]*>");

  /** A reply's attribution line standing alone (an HTML reply quotes in a block, not with >). */
  private static final Pattern ATTRIBUTION_LINE = Pattern.compile("(?s)[ \\t]*" + ATTRIBUTION);

  /**
   * A link as Outlook writes it in plain text: its text, then its address in angle brackets ({@code
   * www.example.org/roadworks<https://www.example.org/roadworks>}, {@code
   * press@example.org<mailto:press@example.org>}).
   */
  private static final Pattern LINK =
      Pattern.compile("([^\\s<>]+) ?<(?:mailto:|https?://)([^>\\s]+)>", Pattern.CASE_INSENSITIVE);

  /** What an address and a link's text are compared without: scheme, {@code www.}, end slash. */
  private static final Pattern ADDRESS_TRIM =
      Pattern.compile("(?i)^(?:mailto:|https?://)?(?:www\\.)?|/$");

  /** A sign-off: a few words and a comma ({@code Best,}), or a usual one without it. */
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?i)(?:\\S+(?:\\s+\\S+){0,2},"
              + "|(?:(?:many|kind|best|warm|with)\\s+)*(?:thanks|regards|wishes)|best|cheers"
              + "|thank you|sincerely|yours(?: sincerely| truly)?|all the best)[.!]?");

  /** Under a sign-off, the sender's name and a few lines more: a longer tail is the text's own. */
  static final int MAX_CLOSING_LINES = 6;

  /** A line of the closing under a sign-off is short: a name, a job, a telephone number. */
  static final int MAX_CLOSING_LINE_WORDS = 8;

  /** A legal footer is short; a longer text after such an opening is the message itself. */
  static final int MAX_DISCLAIMER_CHARS = 2_000;

  /**
   * The text cut into its parts; the forward first, then the quotation, the signature, the footer,
   * and a sign-off closing what is left ({@link #signOffStart}), which joins the signature. {@code
   * reply}: the message is a reply ({@code Re:}), so a header of an earlier message under its text
   * quotes the message answered, however short the text ({@link InlineForwards#split}).
   */
  static MailText of(String mail, boolean reply) {
    String whole = withoutRepeatedAddresses(mail);
    InlineForwards.Split forward = InlineForwards.split(whole, reply).orElse(null);
    String text = forward == null ? whole : forward.forwarded();
    String quoted = null;
    int quote = quotationStart(text);
    if (quote > 0) {
      quoted = text.substring(quote).strip();
      text = text.substring(0, quote);
    }
    String signature = null;
    var mark = SIGNATURE.matcher(text);
    if (mark.find()) {
      signature = text.substring(mark.end()).strip();
      text = text.substring(0, mark.start());
    }
    String disclaimer = null;
    int footer = lastDisclaimer(text);
    if (footer > 0 && text.length() - footer <= MAX_DISCLAIMER_CHARS) {
      disclaimer = text.substring(footer).strip();
      text = text.substring(0, footer);
    }
    int signOff = signOffStart(text);
    if (signOff > 0) {
      String closing = text.substring(signOff).strip();
      signature = signature == null ? closing : closing + "\n" + signature;
      text = text.substring(0, signOff);
    }
    return new MailText(
        forward == null ? null : forward.note(),
        forward == null ? null : forward.header(),
        text,
        signature == null || signature.isEmpty() ? null : signature,
        disclaimer,
        quoted);
  }

  /**
   * Where the sign-off closing a text starts: a line such as {@code Best,} or {@code Kind regards}
   * over at most {@value #MAX_CLOSING_LINES} short lines to the end (the sender's name, job,
   * telephone); -1 when the text ends otherwise. The text keeps its first line.
   */
  static int signOffStart(String text) {
    int shortLines = 0;
    for (int end = text.length(); end > 0; ) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      if (start == 0) {
        return -1;
      }
      String line = text.substring(start, end).strip();
      if (!line.isEmpty()) {
        if (isSignOff(line)) {
          return start;
        }
        if (++shortLines > MAX_CLOSING_LINES || words(line) > MAX_CLOSING_LINE_WORDS) {
          return -1;
        }
      }
      end = start - 1;
    }
    return -1;
  }

  /**
   * Whether a text (an HTML e-mail's last blocks) is a sign-off and the short lines under it, all
   * of it: its first line is where {@link #signOffStart} finds the sign-off, once given a line
   * before.
   */
  static boolean isClosing(String text) {
    return signOffStart("\n" + text) == 1;
  }

  /**
   * Whether a text could be the lines under a sign-off: at most {@value #MAX_CLOSING_LINES} lines
   * (blank ones aside) of at most {@value #MAX_CLOSING_LINE_WORDS} words.
   */
  static boolean fitsUnderSignOff(String text) {
    List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    return lines.size() <= MAX_CLOSING_LINES
        && lines.stream().allMatch(line -> words(line) <= MAX_CLOSING_LINE_WORDS);
  }

  /** Whether a line is a sign-off: {@code Best,}, {@code Many thanks,}, {@code Regards}. */
  static boolean isSignOff(String line) {
    return SIGN_OFF.matcher(line.strip()).matches();
  }

  /**
   * Where a reply's quotation of the message it answers starts, after some text of its own: an
   * attribution over {@code >} lines, or Outlook's header of the earlier message; -1 when none.
   */
  private static int quotationStart(String text) {
    var quote = QUOTED.matcher(text);
    int attributed =
        quote.find() && !text.substring(0, quote.start()).isBlank() ? quote.start() : -1;
    int outlook = InlineForwards.outlookHeaderAfterText(text);
    return attributed < 0 || outlook >= 0 && outlook < attributed ? outlook : attributed;
  }

  /**
   * The text without the address Outlook writes after a link whose text already shows it; a link
   * whose text is other words ({@code the map<https://…>}) keeps its address.
   */
  private static String withoutRepeatedAddresses(String text) {
    if (text.indexOf('<') < 0) {
      return text;
    }
    return LINK.matcher(text)
        .replaceAll(
            link ->
                Matcher.quoteReplacement(
                    bare(link.group(1)).equalsIgnoreCase(bare(link.group(2)))
                        ? link.group(1)
                        : link.group()));
  }

  private static String bare(String address) {
    return ADDRESS_TRIM.matcher(address).replaceAll("");
  }

  /** Where the last legal-footer paragraph starts, or -1. */
  private static int lastDisclaimer(String text) {
    var footer = DISCLAIMER.matcher(text);
    int start = -1;
    while (footer.find()) {
      start = footer.start();
    }
    return start;
  }

  /** Whether a paragraph is a reply's attribution line ({@code On … wrote:}) and nothing more. */
  static boolean isAttribution(String paragraph) {
    return ATTRIBUTION_LINE.matcher(paragraph.strip()).matches();
  }

  /** Whether a paragraph opens a legal footer ({@code CONFIDENTIALITY NOTICE: …}). */
  static boolean opensDisclaimer(String paragraph) {
    return DISCLAIMER.matcher(paragraph.strip()).lookingAt();
  }

  /** Words separated by whitespace; 0 for null or blank text. */
  static int words(String text) {
    return text == null || text.isBlank() ? 0 : WHITESPACE.split(text.strip()).length;
  }
}
