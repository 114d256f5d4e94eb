package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

/**
 * An e-mail saved as a file ({@code .eml}: a press release, a stringer's copy sent to the desk):
 * its subject, sent date and sender from the message's own header, and its text from the first
 * plain-text part that is not an attachment, else the first HTML one. Attachments are named; the
 * bytes of a document attached alone (one attachment of a readable kind, by its name or declared
 * type) are kept, so that a stringer's copy sent as a Word file under a short covering note can be
 * read as the article; so is an e-mail attached alone (a release forwarded as an attachment), whose
 * own attached e-mails are only named.
 */
final class EmailMessages {

  /**
   * The marks mail programs put in front of a reply's subject: English {@code Re:}, German {@code
   * AW:}, Scandinavian {@code SV:}, Dutch {@code Antw:}, Polish {@code Odp:}, Portuguese {@code
   * RES:}.
   */
  private static final String REPLY_MARKS = "re|aw|sv|antw|odp|res";

  /**
   * A forward's: {@code Fw:}, {@code Fwd:}, German {@code WG:}, French {@code TR:}, Spanish {@code
   * RV:}, Portuguese {@code ENC:}, Dutch {@code Doorst:}, Swedish {@code VB:}, Finnish {@code VL:};
   * and {@code VS:}, a forward in Norwegian and Danish and a reply in Finnish, so neither.
   */
  private static final String FORWARD_MARKS = "fw|fwd|wg|tr|rv|enc|doorst|vb|vl|vs";

  /** Reply and forward marks in front of a subject, however many. */
  private static final Pattern SUBJECT_MARKS =
      Pattern.compile(
          "^(?:\\s*(?:" + REPLY_MARKS + "|" + FORWARD_MARKS + ")\\s*(?:\\[\\d+])?\\s*:\\s*)+",
          Pattern.CASE_INSENSITIVE);

  /** A reply's mark in front of a subject, outermost first. */
  private static final Pattern REPLY_MARK =
      Pattern.compile(
          "^\\s*(?:" + REPLY_MARKS + ")\\s*(?:\\[\\d+])?\\s*:", Pattern.CASE_INSENSITIVE);

  /**
   * What the message holds: its plain-text part ({@code text}, null when there is none) or {@code
   * html} (bytes, see {@link WebArchives#asDeclared}, or null); {@code sent} as ISO-8601, or null;
   * {@code reply}: its subject's outermost mark is a reply's; {@code encrypted}: an S/MIME message
   * whose content is encrypted ({@link SecureMail}).
   */
  record Email(
      String subject,
      boolean reply,
      String sent,
      String from,
      String text,
      byte[] html,
      List<String> attachments,
      Attachment document,
      Forwarded forwarded,
      boolean encrypted) {

    /** The plain-text part cut into its parts ({@link MailText}; {@code NONE} without one). */
    MailText body() {
      return text == null || text.isBlank() ? MailText.NONE : MailText.of(text, reply);
    }

    /** This e-mail's content under another message's header fields. */
    Email withHeader(String subject, boolean reply, String sent, String from) {
      return new Email(
          subject, reply, sent, from, text, html, attachments, document, forwarded, encrypted);
    }
  }

  /** A document attached to the message (null in {@link Email} unless it is the only one). */
  record Attachment(String name, byte[] bytes) {}

  /**
   * An e-mail attached whole to the message (Outlook's "Forward as Attachment"): null in {@link
   * Email} unless it is the only one, and in the attached e-mail itself (one level is read).
   */
  record Forwarded(String name, Email email) {}

  /** Names and declared types of documents copydesk reads (an attached e-mail is not one). */
  private static final Pattern DOCUMENT_NAME =
      Pattern.compile("(?i).+\\.(docx|doc|odt|rtf|pdf|txt|md|html?)");

  private static final Set<String> DOCUMENT_TYPES =
      Set.of(
          SupportedTypes.DOCX,
          SupportedTypes.DOC,
          SupportedTypes.ODT,
          "application/rtf",
          "text/rtf",
          "application/pdf");

  private EmailMessages() {}

  static Email read(byte[] message) throws IOException, MimeException {
    return read(message, true);
  }

  private static Email read(byte[] message, boolean withForwarded)
      throws IOException, MimeException {
    Reader reader = new Reader();
    MimeMessages.parse(message, reader);
    Forwarded forwarded =
        withForwarded && reader.messages == 1
            ? new Forwarded(reader.messageName, read(reader.message, false))
            : null;
    return new Email(
        reader.subject == null ? null : withoutMarks(reader.subject),
        reader.subject != null && isReply(reader.subject),
        reader.sent,
        reader.from,
        reader.text,
        reader.html,
        List.copyOf(reader.attachments),
        reader.documents == 1 ? reader.document : null,
        forwarded,
        reader.encrypted);
  }

  /** Collects the message's header fields and its first text parts. */
  private static final class Reader extends AbstractContentHandler {

    private int headers;
    private String disposition;
    private String fileName;
    private String subject;
    private String sent;
    private String from;
    private String text;
    private byte[] html;
    private final List<String> attachments = new ArrayList<>();
    private int documents;
    private Attachment document;
    private int messages;
    private String messageName;
    private byte[] message;
    private boolean unwrapped;
    private boolean encrypted;

    @Override
    public void startHeader() {
      headers++;
      disposition = null;
      fileName = null;
    }

    @Override
    public void field(Field field) {
      String name = field.getName().toLowerCase(Locale.ROOT);
      String value = DecoderUtil.decodeEncodedWords(field.getBody(), DecodeMonitor.SILENT).strip();
      if (headers == 1) {
        switch (name) {
          case "subject" -> subject = value;
          case "date" -> sent = iso(value);
          case "from" -> from = value;
          default -> {}
        }
      }
      if (name.equals("content-disposition")) {
        disposition = value.toLowerCase(Locale.ROOT);
        fileName = parameter(value, "filename");
      } else if (name.equals("content-type") && fileName == null) {
        fileName = parameter(value, "name");
      }
    }

    @Override
    public void body(BodyDescriptor part, InputStream in) throws IOException, MimeException {
      String type = part.getMimeType().toLowerCase(Locale.ROOT);
      if (SecureMail.isSignature(type)) {
        return;
      }
      if (SecureMail.isWrapped(type) && !unwrapped) {
        unwrapped = true;
        SecureMail.Opened opened = SecureMail.open(in.readAllBytes());
        if (opened.content() != null) {
          MimeMessages.parse(opened.content(), this);
          return;
        }
        encrypted = opened.kind() == SecureMail.Kind.ENCRYPTED;
        attachments.add(fileName != null ? fileName : type);
        return;
      }
      boolean attached =
          (disposition != null && disposition.startsWith("attachment"))
              || !type.startsWith("text/");
      if (attached) {
        attachments.add(fileName != null ? fileName : type);
        if (isDocument(fileName, type) && ++documents == 1) {
          document = new Attachment(fileName != null ? fileName : "attachment", in.readAllBytes());
        } else if (type.equals("message/rfc822") && ++messages == 1) {
          messageName = fileName != null ? fileName : "an attached e-mail";
          message = in.readAllBytes();
        }
      } else if (type.equals("text/plain") && text == null) {
        text = TextDecoder.inDeclared(in.readAllBytes(), part.getCharset());
      } else if (type.equals("text/html") && html == null) {
        html = WebArchives.asDeclared(in.readAllBytes(), part.getCharset());
      }
    }
  }

  /** Whether a subject's outermost mark is a reply's ({@code Re: Fwd: …} is a reply). */
  static boolean isReply(String subject) {
    return REPLY_MARK.matcher(subject).lookingAt();
  }

  /** A subject without the reply and forward marks in front of it. */
  static String withoutMarks(String subject) {
    return SUBJECT_MARKS.matcher(subject).replaceFirst("").strip();
  }

  /** Whether an attachment is a document copydesk reads, by its name or declared type. */
  static boolean isDocument(String fileName, String type) {
    return (fileName != null && DOCUMENT_NAME.matcher(fileName).matches())
        || DOCUMENT_TYPES.contains(type);
  }

  /** A header's parameter ({@code filename="a.docx"}), or null. */
  private static String parameter(String header, String name) {
    var match =
        Pattern.compile("(?i)(?:^|;)\\s*" + name + "\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)")
            .matcher(header);
    if (!match.find()) {
      return null;
    }
    return match.group(2) != null ? match.group(2) : match.group(1);
  }

  /** An RFC 5322 date as ISO-8601, or null when it cannot be read. */
  static String iso(String date) {
    String bare = date.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
    try {
      return OffsetDateTime.parse(bare, DateTimeFormatter.RFC_1123_DATE_TIME).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
