package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
 * paragraph style with Word's Hidden font effect, {@code w:vanish}), or number it (a paragraph
 * style whose {@code w:numPr} names a list, as Word's List Number does), directly or through the
 * style they are based on. The part is read only when it mentions either at all (a byte search:
 * Word writes ~30 KB of styles), and for numbering only when the package has a numbering part.
 */
final class WordStyles {

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final int MAX_BASED_ON = 10;

  /** No style hides or numbers anything. */
  static final WordStyles NONE = new WordStyles(Set.of(), Map.of());

  /** The list and level a paragraph style numbers its paragraphs in ({@code w:numPr}). */
  record StyleList(String numId, int level) {}

  private final Set<String> hidden;
  private final Map<String, StyleList> lists;

  private WordStyles(Set<String> hidden, Map<String, StyleList> lists) {
    this.hidden = hidden;
    this.lists = lists;
  }

  /** The package's styles; {@link #NONE} when the part is missing or says nothing of either. */
  static WordStyles read(ZipFile docx) throws IOException {
    ZipEntry styles = docx.getEntry("word/styles.xml");
    List<String> worthReading =
        docx.getEntry("word/numbering.xml") == null
            ? List.of("vanish")
            : List.of("vanish", "numPr");
    if (styles == null || !PackageParts.mentionsAny(docx, styles, worthReading)) {
      return NONE;
    }
    try (InputStream in = docx.getInputStream(styles)) {
      return scan(PackageParts.xml(in));
    } catch (XMLStreamException e) {
      throw new IOException("word/styles.xml is not well-formed", e);
    }
  }

  /** The ids of the styles that hide their text. */
  Set<String> hidden() {
    return hidden;
  }

  /** The list and level paragraph style {@code styleId} numbers its paragraphs in, or null. */
  StyleList list(String styleId) {
    return styleId == null ? null : lists.get(styleId);
  }

  private static WordStyles scan(XMLStreamReader xml) throws XMLStreamException {
    Map<String, Boolean> ownHiding = new HashMap<>();
    Map<String, StyleList> ownList = new HashMap<>();
    Map<String, String> basedOn = new HashMap<>();
    String style = null;
    boolean paragraphStyle = false;
    boolean inRunProperties = false;
    boolean inNumbering = false;
    String numId = null;
    int level = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      boolean word = event != XMLStreamConstants.CHARACTERS && W_NS.equals(xml.getNamespaceURI());
      if (event == XMLStreamConstants.START_ELEMENT && word) {
        String name = xml.getLocalName();
        String value = xml.getAttributeValue(W_NS, "val");
        if (name.equals("style")) {
          style = xml.getAttributeValue(W_NS, "styleId");
          paragraphStyle = "paragraph".equals(xml.getAttributeValue(W_NS, "type"));
        } else if (style != null && name.equals("basedOn") && value != null) {
          basedOn.put(style, value);
        } else if (style != null && name.equals("rPr")) {
          inRunProperties = true;
        } else if (inRunProperties && name.equals("vanish")) {
          ownHiding.put(style, on(value));
        } else if (style != null && paragraphStyle && name.equals("numPr")) {
          inNumbering = true;
          numId = null;
          level = 0;
        } else if (inNumbering && name.equals("numId")) {
          numId = value;
        } else if (inNumbering && name.equals("ilvl")) {
          level = WordNumbering.integer(value, 0);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && word) {
        String name = xml.getLocalName();
        if (name.equals("style")) {
          style = null;
        } else if (name.equals("rPr")) {
          inRunProperties = false;
        } else if (name.equals("numPr") && inNumbering) {
          inNumbering = false;
          if (numId != null) {
            ownList.put(style, new StyleList(numId, level));
          }
        }
      }
    }
    Set<String> hidden = new HashSet<>();
    Map<String, StyleList> lists = new HashMap<>();
    Set<String> styles = new HashSet<>(basedOn.keySet());
    styles.addAll(ownHiding.keySet());
    styles.addAll(ownList.keySet());
    for (String id : styles) {
      if (nearest(id, ownHiding, basedOn).orElse(false)) {
        hidden.add(id);
      }
      nearest(id, ownList, basedOn).ifPresent(list -> lists.put(id, list));
    }
    return new WordStyles(Set.copyOf(hidden), Map.copyOf(lists));
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

  /** {@code w:vanish} with no value, or any value but off, hides. */
  static boolean on(String value) {
    return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
  }
}
