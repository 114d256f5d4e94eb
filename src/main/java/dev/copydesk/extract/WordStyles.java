package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The styles of a Word package ({@code word/styles.xml}, no DTDs, no external entities) that hide
 * their text: a newsroom template's "Desk note" character style or "Instructions" paragraph style
 * with Word's Hidden font effect ({@code w:vanish}), directly or through the style it is based on.
 * Read only when the part mentions {@code vanish} at all (a byte search: Word writes ~30 KB of
 * styles).
 */
final class WordStyles {

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final int MAX_BASED_ON = 10;

  private WordStyles() {}

  /** The ids of the styles that hide their text; empty when none does or the part is missing. */
  static Set<String> hidden(ZipFile docx) throws IOException {
    ZipEntry styles = docx.getEntry("word/styles.xml");
    if (styles == null || !PackageParts.mentions(docx, styles, "vanish")) {
      return Set.of();
    }
    try (InputStream in = docx.getInputStream(styles)) {
      return read(PackageParts.xml(in));
    } catch (XMLStreamException e) {
      throw new IOException("word/styles.xml is not well-formed", e);
    }
  }

  private static Set<String> read(XMLStreamReader xml) throws XMLStreamException {
    Map<String, Boolean> own = new HashMap<>();
    Map<String, String> basedOn = new HashMap<>();
    String style = null;
    boolean inRunProperties = false;
    while (xml.hasNext()) {
      int event = xml.next();
      boolean word = event != XMLStreamConstants.CHARACTERS && W_NS.equals(xml.getNamespaceURI());
      if (event == XMLStreamConstants.START_ELEMENT && word) {
        String name = xml.getLocalName();
        String value = xml.getAttributeValue(W_NS, "val");
        if (name.equals("style")) {
          style = xml.getAttributeValue(W_NS, "styleId");
        } else if (style != null && name.equals("basedOn") && value != null) {
          basedOn.put(style, value);
        } else if (style != null && name.equals("rPr")) {
          inRunProperties = true;
        } else if (inRunProperties && name.equals("vanish")) {
          own.put(style, on(value));
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && word) {
        if (xml.getLocalName().equals("style")) {
          style = null;
        } else if (xml.getLocalName().equals("rPr")) {
          inRunProperties = false;
        }
      }
    }
    Set<String> hidden = new HashSet<>(own.keySet());
    hidden.addAll(basedOn.keySet());
    hidden.removeIf(id -> !hides(id, own, basedOn));
    return hidden;
  }

  /** A style's own setting, else the one of the style it is based on, and so on up. */
  private static boolean hides(String id, Map<String, Boolean> own, Map<String, String> basedOn) {
    String current = id;
    for (int hops = 0; current != null && hops < MAX_BASED_ON; hops++) {
      Boolean setting = own.get(current);
      if (setting != null) {
        return setting;
      }
      current = basedOn.get(current);
    }
    return false;
  }

  /** {@code w:vanish} with no value, or any value but off, hides. */
  static boolean on(String value) {
    return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
  }
}
