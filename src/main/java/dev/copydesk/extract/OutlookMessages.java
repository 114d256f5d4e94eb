package dev.copydesk.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import org.apache.james.mime4j.MimeException;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.ByteChunk;
import org.apache.poi.hsmf.datatypes.Chunks;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.PropertyValue;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.CodePageUtil;

/**
 * An e-mail saved from Outlook ({@code .msg}, a compound file of MAPI properties, read with POI):
 * the same {@link EmailMessages.Email} as an {@code .eml}. The subject without its reply marks; the
 * sent date from the internet header Outlook keeps (it has the sender's offset), else the time it
 * was sent; the sender as {@code Name <address>}; the plain-text body (Outlook writes one beside
 * every HTML body), else the HTML body in its declared code page. Attachments are named, and a lone
 * document among them kept, as for an {@code .eml}, and so is a lone e-mail attached whole
 * (Outlook's "Forward as Attachment"), read the same way one level deep. An S/MIME message keeps
 * its content in an {@code smime.p7m} attachment: signed, that content is read ({@link
 * SecureMail}); encrypted, the message says so.
 */
final class OutlookMessages {

  private OutlookMessages() {}

  static EmailMessages.Email read(Path file)
      throws IOException, ChunkNotFoundException, MimeException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        MAPIMessage message = new MAPIMessage(fs)) {
      return read(message, true);
    }
  }

  private static EmailMessages.Email read(MAPIMessage message, boolean withForwarded)
      throws IOException, ChunkNotFoundException, MimeException {
    message.setReturnNullOnMissingChunk(true);
    if (message.has7BitEncodingStrings()) {
      message.guess7BitEncoding();
    }
    Chunks main = message.getMainChunks();
    String subject = message.getSubject();
    List<String> attachments = new ArrayList<>();
    List<EmailMessages.Attachment> documents = new ArrayList<>();
    List<AttachmentChunks> messages = new ArrayList<>();
    boolean encrypted = false;
    byte[] signed = null;
    for (AttachmentChunks attachment : message.getAttachmentFiles()) {
      String name = name(attachment);
      String type = value(attachment.getAttachMimeTag());
      ByteChunk data = attachment.getAttachData();
      attachments.add(name);
      if (attachment.isEmbeddedMessage()) {
        messages.add(attachment);
      } else if (data != null && EmailMessages.isDocument(name, type)) {
        documents.add(new EmailMessages.Attachment(name, data.getValue()));
      } else if (data != null
          && (SecureMail.isWrapped(type) || name.equalsIgnoreCase("smime.p7m"))) {
        SecureMail.Opened opened = SecureMail.open(data.getValue());
        encrypted |= opened.kind() == SecureMail.Kind.ENCRYPTED;
        signed = opened.content() != null ? opened.content() : signed;
      }
    }
    String text = message.getTextBody();
    ByteChunk html = main.getHtmlBodyChunkBinary();
    String title = subject == null ? null : EmailMessages.withoutMarks(subject);
    boolean reply = subject != null && EmailMessages.isReply(subject);
    String sender = from(message.getDisplayFrom(), value(main.getEmailFromChunk()));
    if (signed != null && (text == null || text.isBlank()) && html == null) {
      // Signed opaquely (Outlook's IPM.Note.SMIME): no body of its own, the signed MIME entity in
      // its smime.p7m attachment, read as an .eml's content.
      return EmailMessages.read(signed).withHeader(title, reply, sent(message), sender);
    }
    EmailMessages.Forwarded forwarded =
        withForwarded && messages.size() == 1
            ? new EmailMessages.Forwarded(
                name(messages.get(0)), read(messages.get(0).getEmbeddedMessage(), false))
            : null;
    return new EmailMessages.Email(
        title,
        reply,
        sent(message),
        sender,
        text,
        html == null ? null : WebArchives.asDeclared(html.getValue(), charset(main)),
        List.copyOf(attachments),
        documents.size() == 1 ? documents.get(0) : null,
        forwarded,
        encrypted);
  }

  /** The header's {@code Date:} (the sender's clock and offset), else the submit time in UTC. */
  private static String sent(MAPIMessage message) throws ChunkNotFoundException {
    String[] headers = message.getHeaders();
    if (headers != null) {
      String date =
          Arrays.stream(headers)
              .filter(line -> line.regionMatches(true, 0, "Date:", 0, 5))
              .map(line -> EmailMessages.iso(line.substring(5).strip()))
              .filter(iso -> iso != null)
              .findFirst()
              .orElse(null);
      if (date != null) {
        return date;
      }
    }
    Calendar submitted = message.getMessageDate();
    return submitted == null ? null : submitted.toInstant().atOffset(ZoneOffset.UTC).toString();
  }

  private static String from(String name, String address) {
    if (address == null || address.isBlank() || address.equals(name)) {
      return name;
    }
    return name == null || name.isBlank() ? address : name + " <" + address + ">";
  }

  private static String name(AttachmentChunks attachment) {
    for (StringChunk name :
        new StringChunk[] {
          attachment.getAttachLongFileName(),
          attachment.getAttachFileName(),
          attachment.getAttachDisplayName()
        }) {
      String value = value(name);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return attachment.isEmbeddedMessage() ? "an attached e-mail" : "attachment";
  }

  /** The HTML body's code page ({@code PR_INTERNET_CPID}), as a Java charset name, or null. */
  private static String charset(Chunks main) {
    PropertyValue codePage = main.getRawProperties().get(MAPIProperty.INTERNET_CPID);
    if (codePage == null || !(codePage.getValue() instanceof Integer number)) {
      return null;
    }
    try {
      return CodePageUtil.codepageToEncoding(number, true);
    } catch (java.io.UnsupportedEncodingException e) {
      return null;
    }
  }

  private static String value(StringChunk chunk) {
    return chunk == null ? null : chunk.getValue();
  }
}
