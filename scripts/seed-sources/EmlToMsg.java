import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes the Outlook message (.msg) an e-mail (.eml) becomes when it is saved from Outlook: an OLE
 * compound file laid out as [MS-OXMSG] specifies ("__properties_version1.0" property streams,
 * "__substg1.0_" value streams, a recipient storage per address, an attachment storage per
 * attachment, the named-property storage). Its text part becomes PR_BODY (CRLF line ends, as
 * Outlook writes them), its HTML part PR_HTML (in the part's charset, named by PR_INTERNET_CPID), its header block PR_TRANSPORT_MESSAGE_HEADERS, its
 * Date the client-submit and delivery times; a leading "RE: " or "FW: " is the subject prefix.
 *
 * <p>A build tool for seeds and fixtures, not product code: Outlook does not run here, and no
 * writer of the format is packaged for Debian or on Maven Central, so the layout is written from
 * the specification with POI's compound-file writer. The results are checked by a reader that
 * shares no code with copydesk's: msgconvert (libemail-outlook-message-perl) turns them back into
 * e-mails. Run by scripts/make-seeds with the project's classpath.
 *
 * <pre>java -cp CLASSPATH EmlToMsg.java in.eml out.msg [--sent-item]</pre>
 *
 * <p>{@code --sent-item}: the message as Outlook keeps a sent one, without the internet header
 * block (its date is then only the MAPI submit time, in UTC).
 */
public class EmlToMsg {

  private static final int PT_LONG = 0x0003;
  private static final int PT_BOOLEAN = 0x000B;
  private static final int PT_SYSTIME = 0x0040;
  private static final int PT_UNICODE = 0x001F;
  private static final int PT_BINARY = 0x0102;
  private static final int PT_OBJECT = 0x000D;
  /** PR_INTERNET_CPID, the HTML body's code page, for the charsets the sources use. */
  private static final Map<String, Integer> CODE_PAGES =
      Map.of("utf-8", 65001, "windows-1252", 1252, "iso-8859-1", 28591);

  private static final Pattern PREFIX = Pattern.compile("(?i)^((?:re|fw|fwd):\\s*)(.*)$");

  /** One property: its 16-bit id, its type, and its value (Integer, Boolean, Instant, String or byte[]). */
  record Property(int id, int type, Object value) {}

  public static void main(String[] args) throws Exception {
    Message eml;
    try (InputStream in = new FileInputStream(args[0])) {
      eml = new DefaultMessageBuilder().parseMessage(in);
    }
    boolean sentItem = args.length > 2 && args[2].equals("--sent-item");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      write(eml, sentItem, false, fs.getRoot());
      try (FileOutputStream out = new FileOutputStream(args[1])) {
        fs.writeFilesystem(out);
      }
    }
  }

  /**
   * The message's properties, recipients and attachments into {@code root}; {@code embedded}: an
   * e-mail attached to another (its header is 24 bytes, and only the outermost has named
   * properties).
   */
  private static void write(Message eml, boolean sentItem, boolean embedded, DirectoryEntry root)
      throws Exception {
    List<Entity> parts = new ArrayList<>();
    leaves(eml, parts);
    String text = null;
    byte[] html = null;
    int codePage = 65001;
    List<Entity> attachments = new ArrayList<>();
    for (Entity part : parts) {
      boolean attached = part.getDispositionType() != null || part.getFilename() != null;
      if (!attached && part.getMimeType().equals("text/plain") && text == null) {
        text = text(part).replaceAll("\r?\n", "\r\n");
      } else if (!attached && part.getMimeType().equals("text/html") && html == null) {
        html = text(part).getBytes(part.getCharset());
        codePage = CODE_PAGES.getOrDefault(part.getCharset().toLowerCase(Locale.ROOT), 65001);
      } else {
        attachments.add(part);
      }
    }
    Mailbox from = eml.getFrom().get(0);
    List<Mailbox> to = eml.getTo().flatten();
    Instant sent = eml.getDate().toInstant();
    String subject = eml.getSubject();
    Matcher prefix = PREFIX.matcher(subject);
    String normalized = prefix.matches() ? prefix.group(2) : subject;

    List<Property> props = new ArrayList<>();
    props.add(new Property(0x001A, PT_UNICODE, "IPM.Note"));
    props.add(new Property(0x0037, PT_UNICODE, subject));
    props.add(new Property(0x003D, PT_UNICODE, prefix.matches() ? prefix.group(1) : ""));
    props.add(new Property(0x0E1D, PT_UNICODE, normalized));
    props.add(new Property(0x0070, PT_UNICODE, normalized));
    props.add(new Property(0x0039, PT_SYSTIME, sent));
    props.add(new Property(0x0E06, PT_SYSTIME, sent));
    props.add(new Property(0x3007, PT_SYSTIME, sent));
    props.add(new Property(0x3008, PT_SYSTIME, sent));
    props.add(new Property(0x0C1A, PT_UNICODE, name(from)));
    props.add(new Property(0x0C1E, PT_UNICODE, "SMTP"));
    props.add(new Property(0x0C1F, PT_UNICODE, from.getAddress()));
    props.add(new Property(0x0042, PT_UNICODE, name(from)));
    props.add(new Property(0x0064, PT_UNICODE, "SMTP"));
    props.add(new Property(0x0065, PT_UNICODE, from.getAddress()));
    props.add(new Property(0x0E04, PT_UNICODE, String.join("; ", to.stream().map(EmlToMsg::name).toList())));
    props.add(new Property(0x0E07, PT_LONG, 1));
    props.add(new Property(0x0E1B, PT_BOOLEAN, !attachments.isEmpty()));
    props.add(new Property(0x340D, PT_LONG, 0x00040000));
    props.add(new Property(0x3FDE, PT_LONG, codePage));
    props.add(new Property(0x3FFD, PT_LONG, 65001));
    if (!sentItem) {
      props.add(new Property(0x007D, PT_UNICODE, headers(eml)));
    }
    if (eml.getMessageId() != null) {
      props.add(new Property(0x1035, PT_UNICODE, eml.getMessageId()));
    }
    if (text != null) {
      props.add(new Property(0x1000, PT_UNICODE, text));
    }
    if (html != null) {
      props.add(new Property(0x1013, PT_BINARY, html));
    }
    writeProperties(root, props, header(to.size(), attachments.size(), embedded));

    if (!embedded) {
      DirectoryEntry nameId = root.createDirectory("__nameid_version1.0");
      for (String stream : List.of("00020102", "00030102", "00040102")) {
        nameId.createDocument("__substg1.0_" + stream, new ByteArrayInputStream(new byte[0]));
      }
    }
    for (int i = 0; i < to.size(); i++) {
      Mailbox mailbox = to.get(i);
      DirectoryEntry recipient = root.createDirectory(String.format("__recip_version1.0_#%08X", i));
      writeProperties(
          recipient,
          List.of(
              new Property(0x0C15, PT_LONG, 1),
              new Property(0x3000, PT_LONG, i),
              new Property(0x3001, PT_UNICODE, name(mailbox)),
              new Property(0x3002, PT_UNICODE, "SMTP"),
              new Property(0x3003, PT_UNICODE, mailbox.getAddress()),
              new Property(0x39FE, PT_UNICODE, mailbox.getAddress())),
          new byte[8]);
    }
    for (int i = 0; i < attachments.size(); i++) {
      Entity part = attachments.get(i);
      String name = part.getFilename() != null ? part.getFilename() : "attachment" + i;
      int dot = name.lastIndexOf('.');
      List<Property> attach = new ArrayList<>();
      attach.add(new Property(0x0E21, PT_LONG, i));
      attach.add(new Property(0x3705, PT_LONG, 1));
      attach.add(new Property(0x370B, PT_LONG, -1));
      attach.add(new Property(0x3001, PT_UNICODE, name));
      attach.add(new Property(0x3704, PT_UNICODE, name));
      attach.add(new Property(0x3707, PT_UNICODE, name));
      attach.add(new Property(0x3703, PT_UNICODE, dot < 0 ? "" : name.substring(dot)));
      attach.add(new Property(0x370E, PT_UNICODE, part.getMimeType()));
      DirectoryEntry storage = root.createDirectory(String.format("__attach_version1.0_#%08X", i));
      if (part.getBody() instanceof Message forwarded) {
        attach.set(1, new Property(0x3705, PT_LONG, 5));
        attach.add(new Property(0x3701, PT_OBJECT, null));
        write(forwarded, false, true, storage.createDirectory("__substg1.0_3701000D"));
      } else {
        attach.add(new Property(0x3701, PT_BINARY, bytes(part)));
      }
      Field contentId = part.getHeader().getField("Content-ID");
      if (contentId != null) {
        attach.add(new Property(0x3712, PT_UNICODE, contentId.getBody().replaceAll("[<>\\s]", "")));
      }
      writeProperties(storage, attach, new byte[8]);
    }
  }

  /**
   * A message's property-stream header: reserved, next ids, counts, and (for the outermost message
   * only) 8 more reserved bytes.
   */
  private static byte[] header(int recipients, int attachments, boolean embedded) {
    return ByteBuffer.allocate(embedded ? 24 : 32)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putLong(0)
        .putInt(recipients)
        .putInt(attachments)
        .putInt(recipients)
        .putInt(attachments)
        .array();
  }

  /**
   * The "__properties_version1.0" stream (the header, then 16 bytes a property: tag, flags, value
   * or size) and a "__substg1.0_IIIITTTT" stream for each variable-length value.
   */
  private static void writeProperties(DirectoryEntry dir, List<Property> props, byte[] header)
      throws Exception {
    ByteBuffer stream =
        ByteBuffer.allocate(header.length + 16 * props.size()).order(ByteOrder.LITTLE_ENDIAN);
    stream.put(header);
    for (Property p : props) {
      stream.putInt(p.id() << 16 | p.type()).putInt(0x6);
      switch (p.type()) {
        case PT_LONG -> stream.putInt((Integer) p.value()).putInt(0);
        case PT_BOOLEAN -> stream.putInt((Boolean) p.value() ? 1 : 0).putInt(0);
        case PT_SYSTIME -> stream.putLong(fileTime((Instant) p.value()));
        case PT_OBJECT -> stream.putInt(0xFFFFFFFF).putInt(0);
        default -> {
          byte[] value =
              p.type() == PT_UNICODE
                  ? (p.value() + "\0").getBytes(StandardCharsets.UTF_16LE)
                  : (byte[]) p.value();
          stream.putInt(value.length).putInt(0);
          String name = String.format("__substg1.0_%04X%04X", p.id(), p.type());
          dir.createDocument(name, new ByteArrayInputStream(value));
        }
      }
    }
    dir.createDocument("__properties_version1.0", new ByteArrayInputStream(stream.array()));
  }

  /** 100-nanosecond intervals since 1601-01-01 UTC (FILETIME). */
  private static long fileTime(Instant instant) {
    long seconds = instant.getEpochSecond() + 11_644_473_600L;
    return seconds * 10_000_000L + instant.getNano() / 100;
  }

  private static String name(Mailbox mailbox) {
    return mailbox.getName() != null ? mailbox.getName() : mailbox.getAddress();
  }

  /** The message's header block as it came over the wire, as Outlook keeps it. */
  private static String headers(Message eml) {
    StringBuilder block = new StringBuilder();
    for (Field field : eml.getHeader().getFields()) {
      block.append(new String(field.getRaw().toByteArray(), StandardCharsets.UTF_8)).append("\r\n");
    }
    return block.append("\r\n").toString();
  }

  private static void leaves(Entity entity, List<Entity> parts) {
    if (entity.getBody() instanceof Multipart multipart) {
      multipart.getBodyParts().forEach(part -> leaves(part, parts));
    } else {
      parts.add(entity);
    }
  }

  private static String text(Entity part) throws Exception {
    Body body = part.getBody();
    try (var reader = ((TextBody) body).getReader()) {
      StringWriter text = new StringWriter();
      reader.transferTo(text);
      return text.toString();
    }
  }

  private static byte[] bytes(Entity part) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = ((SingleBody) part.getBody()).getInputStream()) {
      in.transferTo(out);
    }
    return out.toByteArray();
  }
}
