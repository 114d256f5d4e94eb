package dev.copydesk.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;

/**
 * Bytes to text, trusting in order: a byte-order mark, the charset the document declares (web
 * pages), strict UTF-8, then statistical detection. Every candidate must decode the bytes without a
 * single error, so valid input never turns into U+FFFD; windows-1252 and finally ISO-8859-1 (which
 * accepts every byte) end the chain.
 */
final class TextDecoder {

  /** The decoded text and the charset that produced it. */
  record Decoded(String text, Charset charset) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  static Decoded decode(byte[] bytes, boolean html) {
    Optional<Decoded> bom = byBom(bytes);
    if (bom.isPresent()) {
      return bom.get();
    }
    if (html) {
      Optional<Decoded> declared =
          detect(new HtmlEncodingDetector(), bytes)
              .map(TextDecoder::whatwg)
              .flatMap(cs -> strict(bytes, 0, cs));
      if (declared.isPresent()) {
        return declared.get();
      }
    }
    return strict(bytes, 0, StandardCharsets.UTF_8)
        .filter(utf8 -> utf8.text().indexOf('\0') < 0) // NULs: UTF-16 without a BOM
        .or(() -> detect(new Icu4jEncodingDetector(), bytes).flatMap(cs -> strict(bytes, 0, cs)))
        .or(() -> strict(bytes, 0, WINDOWS_1252))
        .orElseGet(
            () ->
                new Decoded(
                    new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1));
  }

  /**
   * A MIME part's text in the charset it declares, read as browsers and mail readers read it
   * ({@link #whatwg}: ISO-8859-1 and US-ASCII as windows-1252, so Outlook's dashes and curly quotes
   * come out right); UTF-8 when it declares none or one unknown here.
   */
  static String inDeclared(byte[] bytes, String declared) {
    Charset charset =
        declared != null && Charset.isSupported(declared)
            ? whatwg(Charset.forName(declared))
            : StandardCharsets.UTF_8;
    return charset.decode(ByteBuffer.wrap(bytes)).toString();
  }

  private static Optional<Decoded> byBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return strict(b, 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return strict(b, 2, StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return strict(b, 2, StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static Optional<Charset> detect(EncodingDetector detector, byte[] bytes) {
    try {
      return Optional.ofNullable(detector.detect(new ByteArrayInputStream(bytes), new Metadata()));
    } catch (IOException e) {
      return Optional.empty(); // an in-memory stream does not fail; no answer means "not detected"
    }
  }

  /** Browsers read a declared ISO-8859-1 or US-ASCII as windows-1252; so do we. */
  private static Charset whatwg(Charset declared) {
    return declared.equals(StandardCharsets.ISO_8859_1)
            || declared.equals(StandardCharsets.US_ASCII)
        ? WINDOWS_1252
        : declared;
  }

  private static Optional<Decoded> strict(byte[] bytes, int offset, Charset charset) {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
      return Optional.of(new Decoded(text, charset));
    } catch (CharacterCodingException e) {
      return Optional.empty(); // not this charset: try the next one
    }
  }
}
