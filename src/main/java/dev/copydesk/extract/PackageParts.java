package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading an XML part of a zip package (ODT, docx) beside Tika: a StAX reader with no DTDs and no
 * external entities, and a byte search that tells whether a part is worth parsing at all.
 */
final class PackageParts {

  private static final XMLInputFactory XML = factory();

  private PackageParts() {}

  /** A reader of the part's XML; {@code in} is the part's stream, closed by the caller. */
  static XMLStreamReader xml(InputStream in) throws XMLStreamException {
    return XML.createXMLStreamReader(in);
  }

  /**
   * Whether the part's bytes contain {@code word} (ASCII), read as a stream (Knuth–Morris–Pratt).
   */
  static boolean mentions(ZipFile zip, ZipEntry part, String word) throws IOException {
    return mentionsAny(zip, part, List.of(word));
  }

  /**
   * Whether the part's bytes contain any of {@code words} (ASCII), in one read of the part: one
   * Knuth–Morris–Pratt match per word, all moved on by each byte.
   */
  static boolean mentionsAny(ZipFile zip, ZipEntry part, List<String> words) throws IOException {
    byte[][] needles = new byte[words.size()][];
    int[][] fallbacks = new int[words.size()][];
    for (int w = 0; w < needles.length; w++) {
      needles[w] = words.get(w).getBytes(StandardCharsets.US_ASCII);
      fallbacks[w] = fallback(needles[w]);
    }
    int[] matched = new int[needles.length];
    try (InputStream in = zip.getInputStream(part)) {
      byte[] buffer = new byte[8192];
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          for (int w = 0; w < needles.length; w++) {
            byte[] needle = needles[w];
            while (matched[w] > 0 && buffer[i] != needle[matched[w]]) {
              matched[w] = fallbacks[w][matched[w] - 1];
            }
            if (buffer[i] == needle[matched[w]] && ++matched[w] == needle.length) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

  /** For each prefix of the needle, the longest proper prefix that is also its suffix. */
  private static int[] fallback(byte[] needle) {
    int[] fallback = new int[needle.length];
    for (int i = 1, length = 0; i < needle.length; i++) {
      while (length > 0 && needle[i] != needle[length]) {
        length = fallback[length - 1];
      }
      if (needle[i] == needle[length]) {
        length++;
      }
      fallback[i] = length;
    }
    return fallback;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }
}
