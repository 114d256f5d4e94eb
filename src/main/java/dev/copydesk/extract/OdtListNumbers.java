package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamReader;

/**
 * The numbers of an ODT file's numbered list items, as LibreOffice shows them: Tika prints every
 * ODT list as bullets ({@code <ul>}), so "three changes" numbered 1 to 3 came out as three bullets
 * and a list starting at 5 lost its 5. Read from the list styles ({@code text:list-style}, in
 * {@code content.xml} or {@code styles.xml}) and the lists of {@code content.xml}: a list's level
 * is how deep it is nested; a top-level list starts its numbering again unless it continues another
 * ({@code text:continue-list}, {@code text:continue-numbering}); an item's {@code text:start-value}
 * restarts it; a level's deeper levels start again after it. Only an item's first paragraph is
 * numbered. The numbered item becomes a paragraph that starts with its number ({@code "2. The last
 * crossing…"}), as a Word file's numbered paragraph does; bulleted items stay list items.
 */
final class OdtListNumbers {

  private static final String TEXT_NS = OdtContent.TEXT_NS;
  private static final String STYLE_NS = OdtContent.STYLE_NS;
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final int LEVELS = 10;
  private static final int NOT_SEEN = Integer.MIN_VALUE;

  /** One level of a list style; {@code format} null for a bullet or picture. */
  private record Level(String format, String prefix, String suffix, int start, int shownLevels) {}

  /** Lists numbered as one: a top-level list and those that continue it. */
  private static final class Numbering {
    final int[] counts = newCounts();
  }

  /** An open list or list item; {@code depth} counts only the elements outside paragraphs. */
  private record Open(
      boolean item, int depth, String style, Numbering numbering, int level, Integer startValue) {}

  /** A list paragraph as read: its item's first (numbered) or not, and its text after review. */
  private record ListParagraph(
      boolean numbered,
      String style,
      int level,
      Integer startValue,
      Numbering numbering,
      String text) {}

  private final Map<String, Level[]> styles = new HashMap<>();
  private final Map<String, Numbering> byId = new HashMap<>();
  private final Deque<Open> open = new ArrayDeque<>();
  private final List<ListParagraph> paragraphs = new ArrayList<>();
  private String styleBeingRead;
  private Numbering lastTopLevel;
  private int depth;
  private boolean paragraphNumbered;
  private Map<String, Deque<String>> labels;

  /** A list style's element ({@code text:list-style} or one of its levels), in either part. */
  void styleElement(XMLStreamReader xml) {
    String name = xml.getLocalName();
    if (name.equals("list-style")) {
      styleBeingRead = xml.getAttributeValue(STYLE_NS, "name");
      return;
    }
    int level = WordNumbering.integer(xml.getAttributeValue(TEXT_NS, "level"), 0) - 1;
    if (styleBeingRead == null || level < 0 || level >= LEVELS) {
      return;
    }
    Level read =
        name.equals("list-level-style-number")
            ? new Level(
                format(xml.getAttributeValue(STYLE_NS, "num-format")),
                orEmpty(xml.getAttributeValue(STYLE_NS, "num-prefix")),
                orEmpty(xml.getAttributeValue(STYLE_NS, "num-suffix")),
                WordNumbering.integer(xml.getAttributeValue(TEXT_NS, "start-value"), 1),
                WordNumbering.integer(xml.getAttributeValue(TEXT_NS, "display-levels"), 1))
            : new Level(null, "", "", 1, 1);
    styles.computeIfAbsent(styleBeingRead, k -> new Level[LEVELS])[level] = read;
  }

  /** Whether an element is one {@link #styleElement} reads. */
  static boolean isStyleElement(String ns, String name) {
    return TEXT_NS.equals(ns)
        && (name.equals("list-style") || name.startsWith("list-level-style-"));
  }

  /** An element outside any paragraph of the text starts. */
  void starts(XMLStreamReader xml) {
    depth++;
    if (!TEXT_NS.equals(xml.getNamespaceURI())) {
      return;
    }
    String name = xml.getLocalName();
    Open parent = open.peek();
    if (name.equals("list")) {
      String style = xml.getAttributeValue(TEXT_NS, "style-name");
      Numbering numbering = parent == null ? topLevel(xml) : parent.numbering();
      String id = xml.getAttributeValue(XML_NS, "id");
      if (id != null) {
        byId.put(id, numbering);
      }
      int level = parent == null ? 0 : parent.level() + 1;
      String own = style != null ? style : parent == null ? null : parent.style();
      open.push(new Open(false, depth, own, numbering, level, null));
    } else if ((name.equals("list-item") || name.equals("list-header")) && parent != null) {
      Integer startValue =
          name.equals("list-header")
              ? null
              : integerOrNull(xml.getAttributeValue(TEXT_NS, "start-value"));
      open.push(
          new Open(true, depth, parent.style(), parent.numbering(), parent.level(), startValue));
      paragraphNumbered = name.equals("list-item");
    }
  }

  /** An element outside any paragraph of the text ends. */
  void ends() {
    if (!open.isEmpty() && open.peek().depth() == depth) {
      open.pop();
    }
    depth--;
  }

  /**
   * A paragraph of the text ends, with its text as {@link #apply} will see it; only one written in
   * a list item (of the first ten levels, as many as ODF styles) is kept.
   */
  void paragraph(String text) {
    Open item = open.peek();
    if (item == null || !item.item() || item.depth() != depth || item.level() >= LEVELS) {
      return;
    }
    paragraphs.add(
        new ListParagraph(
            paragraphNumbered,
            item.style(),
            item.level(),
            item.startValue(),
            item.numbering(),
            text));
    paragraphNumbered = false;
  }

  /** Whether some list paragraph's style is not defined yet (it is in {@code styles.xml}). */
  boolean needsStyles() {
    return paragraphs.stream().anyMatch(p -> p.style() != null && !styles.containsKey(p.style()));
  }

  /**
   * The pieces with each numbered list item's number, as a paragraph; {@code norm} makes a piece's
   * text comparable with the paragraphs' texts.
   */
  List<Piece> apply(List<Piece> pieces, UnaryOperator<String> norm) {
    if (paragraphs.isEmpty()) {
      return pieces;
    }
    Map<String, Deque<String>> left = new HashMap<>();
    labels().forEach((text, queued) -> left.put(text, new ArrayDeque<>(queued)));
    List<Piece> numbered = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      Deque<String> queued =
          piece.kind() == BlockKind.LIST && piece.mainContent()
              ? left.get(norm.apply(piece.text()))
              : null;
      String label = queued == null ? null : queued.poll();
      numbered.add(
          label == null || label.isEmpty()
              ? piece
              : piece.withKind(BlockKind.PARAGRAPH).withText(label + piece.text()));
    }
    return numbered;
  }

  /** Each list paragraph's label by its text, in document order; "" for one without a number. */
  private Map<String, Deque<String>> labels() {
    if (labels == null) {
      labels = new HashMap<>();
      for (ListParagraph paragraph : paragraphs) {
        String label = paragraph.numbered() ? count(paragraph) : "";
        labels.computeIfAbsent(paragraph.text(), k -> new ArrayDeque<>()).add(label);
      }
    }
    return labels;
  }

  /** Moves the paragraph's list on by one item; its label, "" when its level has no number. */
  private String count(ListParagraph paragraph) {
    Level[] levels = styles.getOrDefault(paragraph.style(), new Level[LEVELS]);
    int level = paragraph.level();
    int[] counts = paragraph.numbering().counts;
    Level own = levels[level];
    int start = own == null ? 1 : own.start();
    if (paragraph.startValue() != null) {
      counts[level] = paragraph.startValue();
    } else {
      counts[level] = counts[level] == NOT_SEEN ? start : counts[level] + 1;
    }
    Arrays.fill(counts, level + 1, LEVELS, NOT_SEEN);
    if (own == null || own.format() == null || own.format().isEmpty()) {
      return "";
    }
    StringBuilder numbers = new StringBuilder();
    for (int shown = Math.max(0, level - own.shownLevels() + 1); shown <= level; shown++) {
      Level at = levels[shown] != null && levels[shown].format() != null ? levels[shown] : own;
      int value = counts[shown] == NOT_SEEN ? at.start() : counts[shown];
      numbers.append(numbers.isEmpty() ? "" : ".").append(WordNumbering.number(value, at.format()));
    }
    String label = (own.prefix() + numbers + own.suffix()).strip();
    return label.isEmpty() ? "" : label + " ";
  }

  /** A top-level list's numbering: the one it continues, else a new one. */
  private Numbering topLevel(XMLStreamReader xml) {
    Numbering continued = byId.get(orEmpty(xml.getAttributeValue(TEXT_NS, "continue-list")));
    if (continued == null && "true".equals(xml.getAttributeValue(TEXT_NS, "continue-numbering"))) {
      continued = lastTopLevel;
    }
    lastTopLevel = continued != null ? continued : new Numbering();
    return lastTopLevel;
  }

  /** ODF's number format as {@link WordNumbering#number} names it; "" for no number. */
  private static String format(String odf) {
    return odf == null || odf.isEmpty() ? "" : WordNumbering.formatShownAs(odf);
  }

  private static int[] newCounts() {
    int[] counts = new int[LEVELS];
    Arrays.fill(counts, NOT_SEEN);
    return counts;
  }

  private static Integer integerOrNull(String value) {
    int read = WordNumbering.integer(value, NOT_SEEN);
    return read == NOT_SEEN ? null : read;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
