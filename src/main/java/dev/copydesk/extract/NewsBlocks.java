package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The body of a wire story in IPTC's XML as blocks: NITF's {@code body.content} and the XHTML a
 * NewsML-G2 item carries, whose element names mostly agree ({@code p}, {@code ul}/{@code li},
 * {@code table}); where they differ, both are read ({@code hl2} and {@code h2}, {@code bq} and
 * {@code blockquote}, {@code media-caption} and {@code figcaption}). An element not named here is
 * looked into: its block children are read, and its text, when it has no block children, is a
 * paragraph. A note to editors inside the body ({@code <note>}) is set aside as {@value #ADVISORY}.
 * Walked with an explicit stack, so a hostile nesting depth cannot overflow ours.
 */
final class NewsBlocks {

  /** The reason a note to the subscribers' editors is set aside (as for plain-text wire copy). */
  static final String ADVISORY = "wire-advisory";

  /**
   * Elements that are one block each, by NITF's names; XHTML's ({@code h2}, {@code li}, {@code
   * figcaption}…) are the web pages' ({@link BlockHandler#OWN_KIND}).
   */
  private static final Map<String, BlockKind> NITF_BLOCKS =
      Map.of(
          "p", BlockKind.PARAGRAPH,
          "pre", BlockKind.PARAGRAPH,
          "fn", BlockKind.PARAGRAPH,
          "tagline", BlockKind.PARAGRAPH,
          "hl2", BlockKind.HEADING,
          "dt", BlockKind.LIST,
          "dd", BlockKind.LIST,
          "media-caption", BlockKind.CAPTION);

  /** Quotations: their paragraphs are {@link BlockKind#QUOTE} blocks. */
  private static final List<String> QUOTES = List.of("bq", "blockquote");

  /** Elements that are no text of the story: a picture's file, scripts, a media object's data. */
  private static final List<String> SKIPPED =
      List.of(
          "media-reference", "media-object", "media-metadata", "img", "script", "style", "head");

  /** NITF's and XHTML's inline elements: they stay inside their paragraph's text. */
  private static final Set<String> INLINE =
      Set.of(
          "a",
          "em",
          "strong",
          "b",
          "i",
          "u",
          "span",
          "sub",
          "sup",
          "q",
          "cite",
          "abbr",
          "br",
          "person",
          "org",
          "location",
          "event",
          "function",
          "object.title",
          "virtloc",
          "chron",
          "copyrite",
          "classifier",
          "money",
          "num",
          "frac",
          "alt-code",
          "pronounce",
          "lang",
          "city",
          "state",
          "region",
          "country",
          "postcode",
          "sublocation",
          "name.given",
          "name.family");

  private NewsBlocks() {}

  /** The blocks of {@code body}'s children, in document order. */
  static List<RawBlock> of(Element body) {
    List<RawBlock> blocks = new ArrayList<>();
    Deque<Visit> stack = new ArrayDeque<>();
    pushChildren(stack, body, false);
    while (!stack.isEmpty()) {
      Visit visit = stack.pop();
      if (!(visit.node() instanceof Element element)) {
        add(blocks, kind(BlockKind.PARAGRAPH, visit.quoted()), visit.looseText(), null);
        continue;
      }
      String name = XmlElements.localName(element);
      if (SKIPPED.contains(name)) {
        continue;
      }
      if (name.equals("note")) {
        add(blocks, BlockKind.PARAGRAPH, text(element), ADVISORY);
      } else if (name.equals("tr")) {
        add(blocks, BlockKind.PARAGRAPH, cells(element), null);
      } else if (blockKind(name) != null || !hasBlockChildren(element)) {
        BlockKind kind = blockKind(name) == null ? BlockKind.PARAGRAPH : blockKind(name);
        add(blocks, kind(kind, visit.quoted()), text(element), null);
      } else {
        pushChildren(stack, element, visit.quoted() || QUOTES.contains(name));
      }
    }
    return blocks;
  }

  /** An element or a run of loose text to read, and whether it is inside a quotation. */
  private record Visit(Node node, boolean quoted) {

    String looseText() {
      return ((TextNode) node).text().strip();
    }
  }

  /** Children in reverse, so the first is popped first; loose text between blocks is kept. */
  private static void pushChildren(Deque<Visit> stack, Element parent, boolean quoted) {
    List<Node> children = parent.childNodes();
    for (int i = children.size() - 1; i >= 0; i--) {
      Node child = children.get(i);
      if (child instanceof Element || child instanceof TextNode text && !text.isBlank()) {
        stack.push(new Visit(child, quoted));
      }
    }
  }

  /** The kind of a one-block element, or null for a container or an unknown element. */
  private static BlockKind blockKind(String name) {
    return QUOTES.contains(name)
        ? null
        : NITF_BLOCKS.getOrDefault(name, BlockHandler.OWN_KIND.get(name));
  }

  private static BlockKind kind(BlockKind kind, boolean quoted) {
    return quoted && kind == BlockKind.PARAGRAPH ? BlockKind.QUOTE : kind;
  }

  private static void add(List<RawBlock> blocks, BlockKind kind, String text, String setAside) {
    if (!text.isBlank()) {
      blocks.add(new RawBlock(kind, text, 0, setAside));
    }
  }

  /** Whether a child is a block of its own (so the element is read child by child). */
  private static boolean hasBlockChildren(Element element) {
    for (Element child : element.children()) {
      if (!INLINE.contains(XmlElements.localName(child))) {
        return true;
      }
    }
    return false;
  }

  /** The element's text, whitespace collapsed, its line breaks ({@code <br>}) kept as spaces. */
  private static String text(Element element) {
    return element.text().strip();
  }

  /** A table row as one line: its cells' texts between vertical bars. */
  private static String cells(Element row) {
    List<String> cells = new ArrayList<>();
    for (Element cell : row.children()) {
      String text = cell.text().strip();
      if (!text.isEmpty()) {
        cells.add(text);
      }
    }
    return String.join(" | ", cells);
  }
}
