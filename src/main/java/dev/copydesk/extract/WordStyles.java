package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the styles of a Word package ({@code word/styles.xml}, no DTDs, no external entities) do to
 * their text: hide it (a newsroom template's "Desk note" character style or "Instructions"
 * paragraph style with Word's Hidden font effect, {@code w:vanish}), or number it (List Number),
 * directly or through the style they are based on. Each is read only when the part mentions it at
 * all (a byte search: Word writes ~30 KB of styles).
 */
final class WordStyles {

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final int MAX_BASED_ON = 10;

  private WordStyles() {}

  /** The ids of the styles that hide their text; empty when none does or the part is missing. */
  static Set<String> hidden(ZipFile docx) throws IOException {
    return readIfMentioned(docx, "vanish", Set.of(), WordStyles::read);
  }

  /** A reader of the styles part. */
  @FunctionalInterface
  private interface PartReader<T> {
    T read(XMLStreamReader xml) throws XMLStreamException;
  }

  /**
   * {@code word/styles.xml} read by {@code reader} when it mentions {@code word}, else {@code
   * none}.
   */
  private static <T> T readIfMentioned(ZipFile docx, String word, T none, PartReader<T> reader)
      throws IOException {
    ZipEntry styles = docx.getEntry("word/styles.xml");
    if (styles == null || !PackageParts.mentions(docx, styles, word)) {
      return none;
    }
    try (InputStream in = docx.getInputStream(styles)) {
      return reader.read(PackageParts.xml(in));
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

  /** The list and level a paragraph style numbers its paragraphs in ({@code w:numPr}). */
  record StyleList(String numId, int level) {}

  /**
   * The paragraph styles that number their paragraphs, as Word's List Number style does (its {@code
   * w:numPr} names the list), directly or through the style they are based on; empty when none
   * does. Read only when the part mentions {@code numPr} at all.
   */
  static Map<String, StyleList> lists(ZipFile docx) throws IOException {
    return readIfMentioned(docx, "numPr", Map.of(), WordStyles::readLists);
  }

  private static Map<String, StyleList> readLists(XMLStreamReader xml) throws XMLStreamException {
    Map<String, StyleList> own = new HashMap<>();
    Map<String, String> basedOn = new HashMap<>();
    String style = null;
    String numId = null;
    int level = 0;
    boolean inNumbering = false;
    while (xml.hasNext()) {
      int event = xml.next();
      boolean word = event != XMLStreamConstants.CHARACTERS && W_NS.equals(xml.getNamespaceURI());
      if (event == XMLStreamConstants.START_ELEMENT && word) {
        String name = xml.getLocalName();
        String value = xml.getAttributeValue(W_NS, "val");
        if (name.equals("style")) {
          style =
              "paragraph".equals(xml.getAttributeValue(W_NS, "type"))
                  ? xml.getAttributeValue(W_NS, "styleId")
                  : null;
        } else if (style != null && name.equals("basedOn") && value != null) {
          basedOn.put(style, value);
        } else if (style != null && name.equals("numPr")) {
          inNumbering = true;
          numId = null;
          level = 0;
        } else if (inNumbering && name.equals("numId")) {
          numId = value;
        } else if (inNumbering && name.equals("ilvl")) {
          level = WordNumbering.integer(value, 0);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && word) {
        if (xml.getLocalName().equals("style")) {
          style = null;
        } else if (xml.getLocalName().equals("numPr") && inNumbering) {
          inNumbering = false;
          if (numId != null) {
            own.put(style, new StyleList(numId, level));
          }
        }
      }
    }
    Map<String, StyleList> lists = new HashMap<>();
    for (String id : basedOn.keySet()) {
      nearest(id, own, basedOn).ifPresent(list -> lists.put(id, list));
    }
    lists.putAll(own);
    return lists;
  }

  /** The value of the nearest style up the {@code basedOn} chain that has one of its own. */
  private static <V> Optional<V> nearest(
      String id, Map<String, V> own, Map<String, String> basedOn) {
    String current = id;
    for (int hops = 0; current != null && hops < MAX_BASED_ON; hops++) {
      if (own.containsKey(current)) {
        return Optional.of(own.get(current));
      }
      current = basedOn.get(current);
    }
    return Optional.empty();
  }

  /** A style's own setting, else the one of the style it is based on, and so on up. */
  private static boolean hides(String id, Map<String, Boolean> own, Map<String, String> basedOn) {
    return nearest(id, own, basedOn).orElse(false);
  }

  /** {@code w:vanish} with no value, or any value but off, hides. */
  static boolean on(String value) {
    return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
  }
}
