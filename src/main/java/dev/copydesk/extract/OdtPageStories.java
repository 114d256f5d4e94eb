package dev.copydesk.extract;

import dev.copydesk.model.RawBlock;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An ODT's page headers and footers ({@code The Harbour Gazette · Transport}, {@code Page 3}): they
 * live in the master pages of {@code styles.xml}, which Tika prints as if they were paragraphs of
 * the text, so they opened the body (and, with no title property, became the title). Their
 * paragraphs, printed in a run where the package puts {@code styles.xml} (LibreOffice: before the
 * text), are set aside as outside the main content, as a Word file's headers and footers are.
 */
final class OdtPageStories {

  /** Closing tags only a page header or footer with content has (an empty one is self-closed). */
  private static final List<String> STORY_ENDS = List.of("</style:header", "</style:footer");

  private static final Set<String> STORIES =
      Set.of("header", "footer", "header-left", "footer-left", "header-first", "footer-first");

  /** Fields Tika prints no text for: {@code Page <text:page-number>3</…>} comes out as "Page". */
  private static final Set<String> UNPRINTED_FIELDS = Set.of("page-number", "page-count");

  private OdtPageStories() {}

  /** The texts of the package's header and footer paragraphs, in order; empty when it has none. */
  static List<String> read(ZipFile zip) throws IOException {
    ZipEntry styles = zip.getEntry("styles.xml");
    if (styles == null || !PackageParts.mentionsAny(zip, styles, STORY_ENDS)) {
      return List.of();
    }
    try (InputStream in = zip.getInputStream(styles)) {
      return paragraphs(PackageParts.xml(in));
    } catch (XMLStreamException e) {
      throw new IOException("styles.xml is not well-formed", e);
    }
  }

  /**
   * The pieces with the run of header and footer paragraphs set aside: the first run of pieces
   * reading as {@code stories} in order, at the start of the text (where LibreOffice's packages
   * have them printed), else the last such run.
   */
  static List<Piece> setAside(List<Piece> pieces, List<String> stories) {
    if (stories.isEmpty() || pieces.size() < stories.size()) {
      return pieces;
    }
    int from = runs(pieces, stories, 0) ? 0 : lastRun(pieces, stories);
    if (from < 0) {
      return pieces;
    }
    List<Piece> marked = new ArrayList<>(pieces);
    for (int i = from; i < from + stories.size(); i++) {
      marked.set(i, pieces.get(i).setAsideAs(RawBlock.OUTSIDE_MAIN_CONTENT));
    }
    return marked;
  }

  private static int lastRun(List<Piece> pieces, List<String> stories) {
    for (int from = pieces.size() - stories.size(); from > 0; from--) {
      if (runs(pieces, stories, from)) {
        return from;
      }
    }
    return -1;
  }

  private static boolean runs(List<Piece> pieces, List<String> stories, int from) {
    for (int i = 0; i < stories.size(); i++) {
      if (!OdtContent.norm(pieces.get(from + i).text()).equals(stories.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> paragraphs(XMLStreamReader xml) throws XMLStreamException {
    List<String> texts = new ArrayList<>();
    StringBuilder text = null;
    int storyDepth = 0;
    int paragraphDepth = 0;
    int unprintedDepth = 0;
    int depth = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        String ns = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (storyDepth == 0 && OdtContent.STYLE_NS.equals(ns) && STORIES.contains(name)) {
          storyDepth = depth;
        } else if (storyDepth > 0 && text == null && isParagraph(ns, name)) {
          text = new StringBuilder();
          paragraphDepth = depth;
        } else if (text != null && OdtContent.TEXT_NS.equals(ns)) {
          if (unprintedDepth == 0 && UNPRINTED_FIELDS.contains(name)) {
            unprintedDepth = depth;
          } else if (OdtContent.SPACES.contains(name)) {
            text.append(' ');
          }
        }
      } else if (event == XMLStreamConstants.CHARACTERS && text != null && unprintedDepth == 0) {
        text.append(xml.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == unprintedDepth) {
          unprintedDepth = 0;
        }
        if (depth == paragraphDepth && text != null) {
          String paragraph = OdtContent.norm(text.toString());
          if (!paragraph.isEmpty()) {
            texts.add(paragraph);
          }
          text = null;
        }
        if (depth == storyDepth) {
          storyDepth = 0;
        }
        depth--;
      }
    }
    return Collections.unmodifiableList(texts);
  }

  private static boolean isParagraph(String ns, String name) {
    return OdtContent.TEXT_NS.equals(ns) && (name.equals("p") || name.equals("h"));
  }
}
