package dev.copydesk.extract;

import dev.copydesk.model.RawBlock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
 *       annotate; they are set aside too;
 *   <li>hidden text: Tika prints text whose style says {@code text:display="none"} (how LibreOffice
 *       keeps Word's hidden text: notes and instructions the author kept out of print); it is taken
 *       out of its paragraph and set aside (see {@link HiddenText}). Styles come from {@code
 *       content.xml} and {@code styles.xml};
 *   <li>page headers and footers: Tika prints them as paragraphs of the text; they are set aside
 *       ({@link OdtPageStories});
 *   <li>list numbers: Tika prints every list as bullets; numbered items get their numbers ({@link
 *       OdtListNumbers}).
 * </ul>
 *
 * How many changes, comments and hidden passages there were become {@link ReviewMarkup} properties.
 */
final class OdtContent implements ReviewMarkup {

  static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String COMMENT_CLASS = "annotation";

  /**
   * The attribute of a style's text properties that hides its text: only a package whose named
   * styles (LibreOffice writes ~60 KB of them) mention it has them parsed.
   */
  private static final String HIDING = "display=\"none\"";

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Elements that print a space in a paragraph (a run of spaces, a tab, a line break). */
  static final Set<String> SPACES = Set.of("s", "tab", "line-break");

  private final Map<String, Deque<String>> styleByText = new HashMap<>();
  private final TextTally deletedTexts = new TextTally();

  /** Each style's parent, from both parts; and the automatic styles' only ({@code content.xml}). */
  private final Map<String, String> parents = new HashMap<>();

  private final Map<String, String> automaticParents = new HashMap<>();
  private final Set<String> hiddenStyles = new HashSet<>();
  private final HiddenText hidden = new HiddenText();
  private final OdtListNumbers lists = new OdtListNumbers();
  private List<String> pageStories = List.of();
  private int changes;
  private int comments;

  private OdtContent() {}

  static OdtContent read(Path odt) throws IOException {
    OdtContent content = new OdtContent();
    try (ZipFile zip = new ZipFile(odt.toFile())) {
      content.pageStories = OdtPageStories.read(zip);
      ZipEntry styles = zip.getEntry("styles.xml");
      boolean stylesRead = styles != null && PackageParts.mentions(zip, styles, HIDING);
      if (stylesRead) {
        content.read(zip, styles, true);
      }
      ZipEntry main = zip.getEntry("content.xml");
      if (main != null) {
        content.read(zip, main, false);
      }
      if (styles != null && !stylesRead && content.lists.needsStyles()) {
        content.read(zip, styles, true);
      }
    }
    return content;
  }

  /** One XML part of the package; only its styles when {@code stylesOnly}. */
  private void read(ZipFile zip, ZipEntry part, boolean stylesOnly) throws IOException {
    try (InputStream in = zip.getInputStream(part)) {
      scan(PackageParts.xml(in), stylesOnly);
    } catch (XMLStreamException e) {
      throw new IOException(part.getName() + " is not well-formed", e);
    }
  }

  /**
   * The pieces with their styles, with deleted text and comments set aside (in order: a deletion's
   * paragraphs come before the body in {@code content.xml}, and in Tika's output), then without
   * their hidden text.
   */
  @Override
  public List<Piece> apply(List<Piece> pieces) {
    return lists.apply(
        hidden.apply(
            styledAndReviewed(OdtPageStories.setAside(pieces, pageStories)), OdtContent::norm),
        OdtContent::norm);
  }

  private List<Piece> styledAndReviewed(List<Piece> pieces) {
    TextTally deletedLeft = deletedTexts.copy();
    List<Piece> applied = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      String text = norm(piece.text());
      if (COMMENT_CLASS.equals(piece.styleClass())) {
        applied.add(piece.setAsideAs(RawBlock.REVIEW_COMMENT));
        continue;
      }
      if (deletedLeft.take(text)) {
        applied.add(piece.setAsideAs(RawBlock.TRACKED_DELETION));
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
    return ReviewMarkup.counts(changes, comments, hidden.passages());
  }

  private void scan(XMLStreamReader xml, boolean stylesOnly) throws XMLStreamException {
    Paragraph paragraph = null;
    String styleName = null;
    int deletionDepth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String ns = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (STYLE_NS.equals(ns) && name.equals("style")) {
          styleName = style(xml, !stylesOnly);
        } else if (STYLE_NS.equals(ns) && name.equals("text-properties") && styleName != null) {
          if ("none".equals(xml.getAttributeValue(TEXT_NS, "display"))) {
            hiddenStyles.add(styleName);
          }
        } else if (OdtListNumbers.isStyleElement(ns, name)) {
          lists.styleElement(xml);
        } else if (stylesOnly) {
          continue;
        }
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
        if (paragraph != null) {
          paragraph.starts(ns, name, hidden(xml.getAttributeValue(TEXT_NS, "style-name")));
        } else if (TEXT_NS.equals(ns) && (name.equals("p") || name.equals("h"))) {
          String style = xml.getAttributeValue(TEXT_NS, "style-name");
          paragraph = new Paragraph(name.equals("p") ? resolve(style) : null, hidden(style));
        } else if (!stylesOnly) {
          lists.starts(xml);
        }
      } else if (paragraph != null && event == XMLStreamConstants.CHARACTERS) {
        paragraph.text(xml.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (STYLE_NS.equals(xml.getNamespaceURI()) && xml.getLocalName().equals("style")) {
          styleName = null;
        }
        if (paragraph != null) {
          if (paragraph.ends()) {
            paragraphEnds(paragraph, deletionDepth > 0);
            paragraph = null;
          }
        } else if (!stylesOnly) {
          lists.ends();
        }
        if (deletionDepth > 0) {
          deletionDepth--;
        }
      }
    }
  }

  /** A style definition starts: its parent is noted; its name is returned. */
  private String style(XMLStreamReader xml, boolean automatic) {
    String name = xml.getAttributeValue(STYLE_NS, "name");
    String parent = xml.getAttributeValue(STYLE_NS, "parent-style-name");
    if (name != null && parent != null) {
      parents.put(name, parent);
      if (automatic) {
        automaticParents.put(name, parent);
      }
    }
    return name;
  }

  /**
   * One paragraph ({@code text:p} or {@code text:h}) as it is read: its text as Tika prints it
   * (comments left out: Tika emits them apart), and the part of it a hidden style hides.
   */
  private static final class Paragraph {
    private final String style;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder visible = new StringBuilder();
    private final StringBuilder hidden = new StringBuilder();
    private int depth = 1;
    private int hiddenFrom;
    private int commentFrom;

    Paragraph(String style, boolean hidden) {
      this.style = style;
      this.hiddenFrom = hidden ? 1 : 0;
    }

    void starts(String ns, String name, boolean hiddenStyle) {
      depth++;
      if (commentFrom == 0 && OFFICE_NS.equals(ns) && name.equals("annotation")) {
        commentFrom = depth;
      }
      if (hiddenFrom == 0 && hiddenStyle && TEXT_NS.equals(ns) && name.equals("span")) {
        hiddenFrom = depth;
      }
      if (TEXT_NS.equals(ns) && SPACES.contains(name)) {
        text(" ");
      }
    }

    void text(String characters) {
      if (commentFrom > 0) {
        return;
      }
      text.append(characters);
      (hiddenFrom > 0 ? hidden : visible).append(characters);
    }

    /** An element ends; true when it was the paragraph. */
    boolean ends() {
      if (depth == commentFrom) {
        commentFrom = 0;
      }
      if (depth == hiddenFrom) {
        hiddenFrom = 0;
      }
      return --depth == 0;
    }
  }

  private void paragraphEnds(Paragraph paragraph, boolean deleted) {
    String text = norm(paragraph.text.toString());
    if (deleted) {
      deletedTexts.add(text);
      return;
    }
    String visible = norm(paragraph.visible.toString());
    String passage = norm(paragraph.hidden.toString());
    hidden.paragraph(text, visible, passage);
    lists.paragraph(passage.isEmpty() ? text : visible);
    String styleClass = tikaClass(paragraph.style);
    if (StyleRules.ruleFor(styleClass) != null) {
      styleByText.computeIfAbsent(text, k -> new ArrayDeque<>()).add(styleClass);
    }
  }

  /** Whether the style, or one it inherits from, hides its text. */
  private boolean hidden(String style) {
    String current = style;
    for (int hops = 0; current != null && hops < 10; hops++) {
      if (hiddenStyles.contains(current)) {
        return true;
      }
      current = parents.get(current);
    }
    return false;
  }

  /** An automatic style (P1, P2...) stands for its parent, the style the author picked. */
  private String resolve(String style) {
    String current = style;
    for (int hops = 0;
        current != null && automaticParents.containsKey(current) && hops < 10;
        hops++) {
      current = automaticParents.get(current);
    }
    return current;
  }

  /** ODF encodes spaces in style names as {@code _20_}; Tika's class form uses underscores. */
  private static String tikaClass(String odfStyle) {
    return odfStyle == null ? null : odfStyle.replace("_20_", "_");
  }

  /** A paragraph's text as compared with Tika's: whitespace runs as one space, trimmed. */
  static String norm(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
