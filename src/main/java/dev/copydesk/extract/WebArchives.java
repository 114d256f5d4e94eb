package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.tika.exception.TikaException;

/**
 * A saved web page in one file: MHTML ("Webpage, single file" in Chrome and Edge, {@code .mht} from
 * Internet Explorer and Word), a MIME {@code multipart/related} message whose first {@code
 * text/html} part is the page; the other parts (styles, images, frames) are its furniture. The page
 * is read as any web page ({@link WebPages}).
 */
final class WebArchives {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private WebArchives() {}

  /**
   * The page's HTML bytes (decoded from quoted-printable or base64; re-encoded as UTF-8 with a BOM
   * when the part names its charset, so the page's own guess does not override it).
   *
   * @throws TikaException when the message holds no HTML part
   */
  static byte[] page(byte[] archive) throws IOException, MimeException, TikaException {
    Page page = new Page();
    MimeMessages.parse(archive, page);
    if (page.html == null) {
      throw new TikaException("The saved web page holds no HTML part");
    }
    return page.html;
  }

  /** Keeps the first HTML part. */
  private static final class Page extends AbstractContentHandler {

    private byte[] html;

    @Override
    public void body(BodyDescriptor part, InputStream in) throws IOException {
      if (html != null || !"text/html".equalsIgnoreCase(part.getMimeType())) {
        return;
      }
      html = asDeclared(in.readAllBytes(), part.getCharset());
    }
  }

  /**
   * An HTML part's bytes, re-encoded as UTF-8 with a BOM when the part names its charset, so the
   * page's own guess does not override it.
   */
  static byte[] asDeclared(byte[] bytes, String declared) {
    return declared == null
            || declared.equalsIgnoreCase("us-ascii")
            || !Charset.isSupported(declared)
        ? bytes
        : utf8WithBom(Charset.forName(declared).decode(ByteBuffer.wrap(bytes)).toString());
  }

  private static byte[] utf8WithBom(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[UTF8_BOM.length + utf8.length];
    System.arraycopy(UTF8_BOM, 0, out, 0, UTF8_BOM.length);
    System.arraycopy(utf8, 0, out, UTF8_BOM.length, utf8.length);
    return out;
  }
}
