package dev.copydesk.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * A MIME message (a saved web page, an e-mail) read with Apache mime4j: no line or header length
 * limit (browsers and mail clients write long ones), at most 10,000 header fields, bodies decoded
 * (quoted-printable, base64); a message attached whole inside it is one part, not parsed.
 */
final class MimeMessages {

  private MimeMessages() {}

  static void parse(byte[] message, ContentHandler handler) throws IOException, MimeException {
    MimeStreamParser parser =
        new MimeStreamParser(
            MimeConfig.custom()
                .setMaxLineLen(-1)
                .setMaxHeaderLen(-1)
                .setMaxHeaderCount(10_000)
                .build());
    parser.setContentDecoding(true);
    parser.setNoRecurse();
    parser.setContentHandler(handler);
    parser.parse(new ByteArrayInputStream(message));
  }
}
