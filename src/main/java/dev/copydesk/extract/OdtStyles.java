package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Paragraph styles of an ODT file. Tika's OpenDocument parser emits headings and lists but drops
 * paragraph style names, so a Title or Quotations paragraph would come out as a plain {@code <p>}.
 * This reads {@code content.xml} (no DTDs, no external entities) for the paragraphs whose style
 * (directly or through an automatic style's parent) has a rule in {@link StyleRules}, and gives
 * each Tika piece with the same text its style.
 */
final class OdtStyles {

  private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private OdtStyles() {}

  /** Gives unstyled pieces the style of the ODT paragraph with the same text, in order. */
  static List<Piece> apply(Path odt, List<Piece> pieces) throws IOException {
    Map<String, Deque<String>> styleByText = read(odt);
    List<Piece> styled = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      Deque<String> styles = styleByText.get(norm(piece.text()));
      boolean match = piece.styleClass() == null && styles != null && !styles.isEmpty();
      styled.add(match ? piece.withStyleClass(styles.poll()) : piece);
    }
    return styled;
  }

  private static Map<String, Deque<String>> read(Path odt) throws IOException {
    try (ZipFile zip = new ZipFile(odt.toFile())) {
      ZipEntry content = zip.getEntry("content.xml");
      if (content == null) {
        return Map.of();
      }
      try (InputStream in = zip.getInputStream(content)) {
        return styledParagraphs(in);
      } catch (XMLStreamException e) {
        throw new IOException("content.xml is not well-formed", e);
      }
    }
  }

  private static Map<String, Deque<String>> styledParagraphs(InputStream in)
      throws XMLStreamException {
    XMLStreamReader xml = factory().createXMLStreamReader(in);
    Map<String, String> parents = new HashMap<>();
    Map<String, Deque<String>> byText = new HashMap<>();
    String style = null;
    StringBuilder text = new StringBuilder();
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (STYLE_NS.equals(xml.getNamespaceURI()) && name.equals("style")) {
          String parent = xml.getAttributeValue(STYLE_NS, "parent-style-name");
          if (parent != null) {
            parents.put(xml.getAttributeValue(STYLE_NS, "name"), parent);
          }
        } else if (TEXT_NS.equals(xml.getNamespaceURI()) && name.equals("p") && depth == 0) {
          style = xml.getAttributeValue(TEXT_NS, "style-name");
          text.setLength(0);
          depth = 1;
        } else if (depth > 0) {
          depth++;
          text.append(
              name.equals("s") || name.equals("tab") || name.equals("line-break") ? " " : "");
        }
      } else if (depth > 0 && event == XMLStreamConstants.CHARACTERS) {
        text.append(xml.getText());
      } else if (depth > 0 && event == XMLStreamConstants.END_ELEMENT && --depth == 0) {
        String styleClass = tikaClass(resolve(style, parents));
        if (StyleRules.ruleFor(styleClass) != null) {
          byText.computeIfAbsent(norm(text.toString()), k -> new ArrayDeque<>()).add(styleClass);
        }
      }
    }
    return byText;
  }

  /** An automatic style (P1, P2...) stands for its parent, the style the author picked. */
  private static String resolve(String style, Map<String, String> parents) {
    String current = style;
    for (int hops = 0; current != null && parents.containsKey(current) && hops < 10; hops++) {
      current = parents.get(current);
    }
    return current;
  }

  /** ODF encodes spaces in style names as {@code _20_}; Tika's class form uses underscores. */
  private static String tikaClass(String odfStyle) {
    return odfStyle == null ? null : odfStyle.replace("_20_", "_");
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  private static String norm(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
