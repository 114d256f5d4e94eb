package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail: its text part as plain text (a signature after {@code "-- "} set aside), else its HTML
 * part as a web page; under a covering note, the one document or the one e-mail attached to it; the
 * subject as the title, the sent date as a creation date (a weak publication date), the sender and
 * the attachments' names as properties. The sender is not taken for the author: a press office or a
 * desk sends what others wrote; but a reply whose signature names its sender (a stringer's brief
 * answering the desk, signed with her name) was written by the sender ({@value #SIGNED_BY}). When
 * one document is attached and the text is only a covering note for it (80 words at most, and less
 * than half the document's), the document is the article and the note is set aside; an attachment
 * that cannot be read leaves the text the article, or fails the e-mail with its own code when there
 * is no text.
 */
final class EmailArticles {

  /** The sender of a reply whose text is the article and whose signature names the sender. */
  static final String SIGNED_BY = "email:signedBy";

  /** The address part of a {@code From:} value: {@code Name <address>}. */
  private static final Pattern ADDRESS = Pattern.compile("<[^>]*>");

  private final Limits limits;
  private final Extractor attachments;

  /**
   * {@code parser} reads an attached document behind the same pre-scan and type check as an upload,
   * except that an e-mail attached to it is not read in turn.
   */
  EmailArticles(Limits limits, ParseStep parser) {
    this.limits = limits;
    ParseStep notMail =
        (input, format, type) ->
            format == Format.EMAIL
                    || format == Format.OUTLOOK_MESSAGE
                    || format == Format.APPLE_MAIL
                ? Result.failed(
                    ErrorCode.UNSUPPORTED_TYPE, "An e-mail attached to an e-mail is not read.")
                : parser.parse(input, format, type);
    this.attachments =
        new ScreenedExtractor(new PreScan(limits), new TikaExtractor(limits, notMail));
  }

  /**
   * The message's article: its text, or the document attached to it. {@code mail}: an {@code .eml}
   * ({@link EmailMessages}) or an Outlook {@code .msg} ({@link OutlookMessages}).
   */
  Result<Parsed> read(EmailMessages.Email mail) throws Exception {
    MailText text = mail.body();
    Parsed own = ownText(mail, text);
    String unread = null;
    int noteWords = own == null ? 0 : words(own);
    if (mail.document() != null && noteWords <= MailText.COVERING_NOTE_WORDS) {
      String name = mail.document().name();
      Result<Parsed> attached = attached(mail.document());
      if (attached instanceof Result.Ok<Parsed> article && words(article.value()) > 2 * noteWords) {
        return Result.ok(withEmail(mail, text, own, article.value(), name, null));
      }
      if (own == null) {
        return attached.then(
            article -> Result.ok(withEmail(mail, text, null, article, name, null)));
      }
      if (attached instanceof Result.Failed<Parsed> failed) {
        unread = failed.error().detail();
      }
    } else if (mail.forwarded() != null && noteWords <= MailText.COVERING_NOTE_WORDS) {
      Result<Parsed> forwarded = read(mail.forwarded().email());
      if (forwarded instanceof Result.Ok<Parsed> article
          && words(article.value()) > 2 * noteWords) {
        String name = mail.forwarded().name();
        return Result.ok(withEmail(mail, text, own, article.value(), name, null));
      }
    }
    if (own == null && mail.encrypted()) {
      return Result.failed(
          ErrorCode.ENCRYPTED,
          "The e-mail is encrypted (S/MIME); open it in the mail program that holds the key,"
              + " save it again unencrypted and upload that.");
    }
    if (own == null) {
      return Result.failed(
          ErrorCode.NO_TEXT,
          mail.attachments().isEmpty()
              ? "The e-mail has no text."
              : "The e-mail has no text of its own; upload its attachments on their own: "
                  + String.join(", ", mail.attachments())
                  + ".");
    }
    return Result.ok(withEmail(mail, text, null, own, null, unread));
  }

  /**
   * The e-mail's own text: its plain-text part, else its HTML part as a web page (a forward's note
   * and header, a signature, a quotation and a legal footer set aside: {@link MailBlocks}); else
   * null. {@code text}: the plain-text part cut into its parts ({@link EmailMessages.Email#body},
   * cut once per message).
   */
  private Parsed ownText(EmailMessages.Email mail, MailText text) throws Exception {
    if (text.text() != null) {
      return new Parsed(
          PlainText.blocks(InProcessParse.withinCharLimit(text.text(), limits)), Map.of());
    }
    if (mail.html() != null) {
      Parsed page = WebPages.mail(InProcessParse.withinTextLimit(mail.html(), limits));
      return new Parsed(MailBlocks.setAside(page.blocks(), mail.reply()), page.properties());
    }
    return null;
  }

  private static int words(Parsed parsed) {
    return parsed.blocks().stream()
        .filter(RawBlock::mainContent)
        .mapToInt(b -> MailText.words(b.text()))
        .sum();
  }

  /** The lone document attached to an e-mail, read as if uploaded on its own. */
  private Result<Parsed> attached(EmailMessages.Attachment document) throws IOException {
    Path copy = Files.createTempFile("copydesk-attachment-", ".bin");
    try {
      Files.write(copy, document.bytes());
      Result<Extracted> read = attachments.extract(copy, document.name());
      if (read instanceof Result.Failed<Extracted> failed) {
        return Result.failed(
            failed.error().code(),
            "The attached document "
                + FileNames.sanitise(document.name())
                + " could not be read: "
                + failed.error().detail());
      }
      Extracted article = ((Result.Ok<Extracted>) read).value();
      return Result.ok(new Parsed(article.blocks(), article.properties()));
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /**
   * The e-mail's body (its text, or the attachment named {@code article}, a document or a forwarded
   * e-mail, with the e-mail's own text, {@code note}, set aside as a covering note) with its
   * signature set aside and its header as properties; the attachment's own title and dates win over
   * the subject and the sent date. {@code unread}: why the attached document could not be read,
   * when the text stood in for it (else null); {@code text}: as for {@link #ownText}.
   */
  private Parsed withEmail(
      EmailMessages.Email mail,
      MailText text,
      Parsed note,
      Parsed body,
      String article,
      String unread) {
    List<RawBlock> blocks = new ArrayList<>();
    setAside(text.note(), RawBlock.EMAIL_COVERING_NOTE, blocks);
    setAside(text.forwardHeader(), RawBlock.EMAIL_FORWARD_HEADER, blocks);
    if (note != null) {
      note.blocks().stream()
          .filter(RawBlock::mainContent)
          .map(b -> new RawBlock(b.kind(), b.text(), 0, RawBlock.EMAIL_COVERING_NOTE))
          .forEach(blocks::add);
    }
    blocks.addAll(body.blocks());
    setAside(text.disclaimer(), RawBlock.EMAIL_DISCLAIMER, blocks);
    setAside(text.quoted(), RawBlock.EMAIL_QUOTED, blocks);
    if (text.signature() != null) {
      blocks.add(new RawBlock(BlockKind.PARAGRAPH, text.signature(), 0, RawBlock.EMAIL_SIGNATURE));
    }
    Map<String, List<String>> properties = new LinkedHashMap<>(body.properties());
    putIfAbsent(properties, "dc:title", mail.subject());
    putIfAbsent(properties, "dcterms:created", mail.sent());
    putIfAbsent(properties, "email:from", mail.from());
    if (article == null && mail.reply()) {
      signedBySender(mail.from(), blocks)
          .ifPresent(name -> properties.put(SIGNED_BY, List.of(name)));
    }
    if (!mail.attachments().isEmpty()) {
      properties.put("email:attachments", mail.attachments());
    }
    if (article != null) {
      properties.put("email:article", List.of(FileNames.sanitise(article)));
    }
    if (unread != null) {
      properties.put("email:unreadAttachment", List.of(unread));
    }
    return new Parsed(blocks, properties);
  }

  /**
   * The sender's name ({@code Marta Quigley} of {@code Marta Quigley <mquigley@…>}) when a line of
   * the signature set aside in {@code blocks} is that name and nothing else.
   */
  private static Optional<String> signedBySender(String from, List<RawBlock> blocks) {
    String name =
        from == null ? "" : ADDRESS.matcher(from).replaceAll("").replace("\"", "").strip();
    if (name.isEmpty() || name.contains("@")) {
      return Optional.empty();
    }
    String folded = fold(name);
    return blocks.stream()
        .filter(b -> RawBlock.EMAIL_SIGNATURE.equals(b.setAside()))
        .flatMap(b -> b.text().lines())
        .filter(line -> fold(line).equals(folded))
        .findFirst()
        .map(line -> name);
  }

  private static String fold(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The paragraphs of a text that is not the article, set aside for the reason given. */
  private static void setAside(String text, String reason, List<RawBlock> blocks) {
    if (text != null) {
      PlainText.blocks(text).stream()
          .map(b -> new RawBlock(b.kind(), b.text(), 0, reason))
          .forEach(blocks::add);
    }
  }

  private static void putIfAbsent(Map<String, List<String>> properties, String key, String value) {
    if (value != null && !value.isBlank()) {
      properties.putIfAbsent(key, List.of(value));
    }
  }
}
