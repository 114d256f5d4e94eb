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
 * What Tika's OpenDocument parser loses of an ODT file, read from its {@code content.xml} (no DTDs,
 * no external entities):
 *
 * <ul>
 *   <li>paragraph styles: Tika emits headings and lists but drops style names, so a Title or
 *       Quotations paragraph would come out as a plain {@code <p>}; each Tika piece with the text
 *       of a paragraph whose style (directly or through an automatic style's parent) has a rule in
 *       {@link StyleRules} gets that style;
 *   <li>tracked changes: Tika prints the text a tracked deletion removed as if it were still there;
 *       those pieces are set aside (recorded as removed, not published), so the body reads as if
 *       every change were accepted;
 *   <li>comments: Tika emits them as {@code <p class="annotation">} inside the paragraph they
 *       annotate; they are set aside too.
 * </ul>
 *
 * How many changes and comments there were become {@link ReviewMarkup} properties.
 */
final class OdtContent implements ReviewMarkup {

  private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String COMMENT_CLASS = "annotation";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Map<String, Deque<String>> styleByText = new HashMap<>();
  private final TextTally deletedTexts = new TextTally();
  private int changes;
  private int comments;

  private OdtContent() {}

  static OdtContent read(Path odt) throws IOException {
    OdtContent content = new OdtContent();
    try (ZipFile zip = new ZipFile(odt.toFile())) {
      ZipEntry entry = zip.getEntry("content.xml");
      if (entry == null) {
        return content;
      }
      try (InputStream in = zip.getInputStream(entry)) {
        content.scan(factory().createXMLStreamReader(in));
      } catch (XMLStreamException e) {
        throw new IOException("content.xml is not well-formed", e);
      }
    }
    return content;
  }

  /**
   * The pieces with their styles, and with deleted text and comments set aside (in order: a
   * deletion's paragraphs come before the body in {@code content.xml}, and in Tika's output).
   */
  @Override
  public List<Piece> apply(List<Piece> pieces) {
    TextTally deletedLeft = deletedTexts.copy();
    List<Piece> applied = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      String text = norm(piece.text());
      if (COMMENT_CLASS.equals(piece.styleClass()) || deletedLeft.take(text)) {
        applied.add(piece.asideFromContent());
        continue;
      }
      Deque<String> styles = styleByText.get(text);
      boolean match = piece.styleClass() == null && styles != null && !styles.isEmpty();
      applied.add(match ? piece.withStyleClass(styles.poll()) : piece);
    }
    return applied;
  }

  @Override
  public Map<String, List<String>> properties() {
    return ReviewMarkup.counts(changes, comments, 0);
  }

  private void scan(XMLStreamReader xml) throws XMLStreamException {
    Map<String, String> parents = new HashMap<>();
    String style = null;
    StringBuilder text = new StringBuilder();
    int depth = 0;
    int deletionDepth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String ns = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (deletionDepth > 0) {
          deletionDepth++;
        } else if (TEXT_NS.equals(ns) && name.equals("deletion")) {
          deletionDepth = 1;
        }
        if (TEXT_NS.equals(ns) && name.equals("changed-region")) {
          changes++;
        } else if (OFFICE_NS.equals(ns) && name.equals("annotation")) {
          comments++;
        }
        if (STYLE_NS.equals(ns) && name.equals("style")) {
          String parent = xml.getAttributeValue(STYLE_NS, "parent-style-name");
          if (parent != null) {
            parents.put(xml.getAttributeValue(STYLE_NS, "name"), parent);
          }
        } else if (TEXT_NS.equals(ns) && name.equals("p") && depth == 0) {
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
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth > 0 && --depth == 0) {
          paragraphEnds(norm(text.toString()), resolve(style, parents), deletionDepth > 0);
        }
        if (deletionDepth > 0) {
          deletionDepth--;
        }
      }
    }
  }

  private void paragraphEnds(String text, String style, boolean deleted) {
    if (deleted) {
      deletedTexts.add(text);
      return;
    }
    String styleClass = tikaClass(style);
    if (StyleRules.ruleFor(styleClass) != null) {
      styleByText.computeIfAbsent(text, k -> new ArrayDeque<>()).add(styleClass);
    }
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
