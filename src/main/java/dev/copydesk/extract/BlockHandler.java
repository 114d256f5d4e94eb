package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds blocks from XHTML SAX events: Tika's output for Office and PDF files, and (through {@link
 * JsoupSax}) web pages. Block elements ({@code <p>}, {@code <h1>}..{@code <h6>}, {@code <li>},
 * table cells, ...) delimit blocks; an element without a kind of its own ({@code <p>} inside {@code
 * <blockquote>}) inherits its parent's, so a quoted paragraph is a QUOTE. Each piece written in a
 * table cell says which ({@link Piece#cell}).
 */
final class BlockHandler extends DefaultHandler {

  /** How text whitespace is treated. */
  enum Mode {
    /** Web pages: source indentation is not text; runs of whitespace become one space. */
    HTML,
    /** Tika's Office output: text as written. */
    DOCUMENT,
    /** Tika's PDF output: as DOCUMENT, plus pages and joined hyphenated line breaks. */
    PDF
  }

  /**
   * HTML elements that are a block of their own kind (also XHTML in wire copy, {@link NewsBlocks}).
   */
  static final Map<String, BlockKind> OWN_KIND =
      Map.ofEntries(
          Map.entry("h1", BlockKind.HEADING),
          Map.entry("h2", BlockKind.HEADING),
          Map.entry("h3", BlockKind.HEADING),
          Map.entry("h4", BlockKind.HEADING),
          Map.entry("h5", BlockKind.HEADING),
          Map.entry("h6", BlockKind.HEADING),
          Map.entry("blockquote", BlockKind.QUOTE),
          Map.entry("li", BlockKind.LIST),
          Map.entry("figcaption", BlockKind.CAPTION),
          Map.entry("caption", BlockKind.CAPTION),
          Map.entry("td", BlockKind.PARAGRAPH),
          Map.entry("th", BlockKind.PARAGRAPH));

  /** Elements that end the current block and start a new one (besides those in OWN_KIND). */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "pre",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "form",
          "address",
          "figure",
          "hr",
          "center",
          "details",
          "summary",
          "fieldset",
          "legend",
          "body",
          "html");

  /** Elements whose text is never article text. */
  private static final Set<String> SKIPPED =
      Set.of(
          "head",
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "iframe",
          "object",
          "embed",
          "select",
          "option",
          "textarea",
          "button",
          "input",
          "canvas",
          "map");

  private static final Pattern PDF_HYPHEN_BREAK =
      Pattern.compile("(\\p{L})-[ \\t]*\\n[ \\t]*(\\p{Ll})");
  private static final Pattern SOURCE_WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern SPACES_AROUND_BREAK = Pattern.compile(" ?\\n ?");

  /**
   * A comment Tika nests inside the paragraph it annotates (ODT): its own piece, paragraph whole.
   */
  private static final String COMMENT_CLASS = "annotation";

  /**
   * A footnote or endnote Tika nests inside the paragraph that cites it (ODT), its citation first
   * ({@code 1 Organised by…}): the paragraph stays whole with the mark ({@code protests[1] by}),
   * and the note ({@code [1] Organised by…}) goes after the document's last block, where a reader
   * finds notes.
   */
  private static final String NOTE_CLASS = "note";

  /**
   * The page header and footer stories Tika prints for a .doc ({@code <div class="footer">}): a
   * running title, a page number; recorded as outside the main content, not read as the article's
   * first or last paragraph.
   */
  private static final Set<String> PAGE_STORIES = Set.of("header", "footer");

  private static final Pattern NOTE_CITATION =
      Pattern.compile("(\\S{1,8})\\s+(.+)", Pattern.DOTALL);

  /**
   * An open block element; {@code heldText}: for a nested comment, the text of the paragraph around
   * it so far, which goes on after the comment (else null).
   */
  private record Open(
      String element, BlockKind kind, String styleClass, int depth, String heldText) {}

  private final Mode mode;
  private final Supplier<String> setAside;
  private final List<Piece> pieces = new ArrayList<>();
  private final List<Piece> notes = new ArrayList<>();
  private final Deque<Open> open = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private final WebLists lists = new WebLists();

  /** A numbered item's number, written before its first text ({@code "2. "}). */
  private String itemLabel;

  private int depth;
  private int skipUntilDepth = -1;
  private int page;
  private int pageDepth = -1;
  private int pageStoryDepth = -1;
  private int tables;
  private int tableDepth;
  private int row;
  private int column;
  private int cellDepth = -1;

  BlockHandler(Mode mode) {
    this(mode, () -> null);
  }

  /**
   * {@code setAside}: asked as each block ends, null for the article's text, else why the text is
   * not ({@link dev.copydesk.model.RawBlock#setAside}).
   */
  BlockHandler(Mode mode, Supplier<String> setAside) {
    this.mode = mode;
    this.setAside = setAside;
  }

  /** Whether the handler is inside an element whose text is never article text. */
  boolean skipping() {
    return skipUntilDepth >= 0;
  }

  List<Piece> pieces() {
    flush();
    pieces.addAll(notes);
    notes.clear();
    return List.copyOf(pieces);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    depth++;
    if (skipUntilDepth >= 0) {
      return;
    }
    String element = name(localName, qName);
    String styleClass = attributes == null ? null : attributes.getValue("class");
    if (SKIPPED.contains(element) || isPdfAnnotation(element, styleClass)) {
      skipUntilDepth = depth;
      return;
    }
    if (mode == Mode.DOCUMENT
        && element.equals("div")
        && styleClass != null
        && PAGE_STORIES.contains(styleClass)
        && pageStoryDepth < 0) {
      flush();
      pageStoryDepth = depth;
    }
    if (mode == Mode.PDF && element.equals("div") && "page".equals(styleClass)) {
      flush();
      page++;
      pageDepth = depth;
    }
    if (element.equals("br")) {
      text.append('\n');
    } else if (OWN_KIND.containsKey(element) || BLOCKS.contains(element)) {
      String held = null;
      if (mode == Mode.DOCUMENT && isNested(styleClass) && !open.isEmpty()) {
        held = text.toString();
        text.setLength(0);
      } else {
        flush();
      }
      BlockKind own = OWN_KIND.get(element);
      BlockKind kind =
          own != null ? own : open.isEmpty() ? BlockKind.PARAGRAPH : open.peek().kind();
      if (mode == Mode.HTML && element.equals("li")) {
        itemLabel = lists.itemStarts(attributes);
        kind = itemLabel == null ? kind : BlockKind.PARAGRAPH;
      }
      open.push(new Open(element, kind, styleClass, depth, held));
      tableStarts(element);
      if (mode == Mode.HTML) {
        lists.starts(element, attributes, depth);
      }
    }
  }

  /**
   * Follows where the text is in the outermost table (its rows and cells), so that {@link Tables}
   * can tell a table of data from a layout table; a table inside a table is not followed.
   */
  private void tableStarts(String element) {
    if (element.equals("table") && ++tableDepth == 1) {
      tables++;
      row = -1;
      column = -1;
    } else if (tableDepth != 1) {
      return;
    } else if (element.equals("tr")) {
      row++;
      column = -1;
    } else if ((element.equals("td") || element.equals("th")) && cellDepth < 0) {
      row = Math.max(row, 0);
      column++;
      cellDepth = depth;
    }
  }

  private void tableEnds(String element) {
    if (depth == cellDepth) {
      cellDepth = -1;
    } else if (element.equals("table") && tableDepth > 0) {
      tableDepth--;
    }
  }

  private Tables.Cell cell() {
    return tableDepth == 1 && cellDepth >= 0 ? new Tables.Cell(tables, row, column) : null;
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (skipUntilDepth >= 0) {
      if (depth == skipUntilDepth) {
        skipUntilDepth = -1;
      }
      depth--;
      return;
    }
    if (!open.isEmpty() && open.peek().depth() == depth) {
      Open closed = open.peek();
      boolean nestedNote = closed.heldText() != null && NOTE_CLASS.equals(closed.styleClass());
      String mark = nestedNote ? noteEnds() : "";
      flush();
      open.pop();
      if (closed.heldText() != null) {
        text.append(closed.heldText()).append(mark);
      }
      tableEnds(closed.element());
      if (closed.element().equals("li")) {
        itemLabel = null;
      }
      lists.ends(depth);
    }
    if (depth == pageDepth) {
      flush();
      pageDepth = -1;
    }
    if (depth == pageStoryDepth) {
      flush();
      pageStoryDepth = -1;
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipUntilDepth >= 0 || (mode == Mode.PDF && pageDepth < 0)) {
      return;
    }
    if (mode == Mode.HTML) {
      // Line breaks in HTML source are layout, not text: only <br> breaks a line.
      text.append(SOURCE_WHITESPACE.matcher(new String(ch, start, length)).replaceAll(" "));
    } else {
      text.append(ch, start, length);
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    characters(ch, start, length);
  }

  private static boolean isNested(String styleClass) {
    return COMMENT_CLASS.equals(styleClass) || NOTE_CLASS.equals(styleClass);
  }

  /**
   * A nested note ends: its text, its citation bracketed, waits for the end of the document; the
   * mark the paragraph keeps in its place is returned.
   */
  private String noteEnds() {
    String note = clean(text.toString());
    text.setLength(0);
    Matcher cited = NOTE_CITATION.matcher(note);
    if (note.isEmpty() || !cited.matches()) {
      return "";
    }
    notes.add(
        new Piece(
            BlockKind.PARAGRAPH,
            null,
            NoteMarks.labelled(cited.group(1), cited.group(2)),
            page,
            setAside.get()));
    return NoteMarks.mark(cited.group(1));
  }

  private void flush() {
    String cleaned = clean(text.toString());
    text.setLength(0);
    if (cleaned.isEmpty()) {
      return;
    }
    Open block = open.peek();
    BlockKind kind = block == null ? BlockKind.PARAGRAPH : block.kind();
    String styleClass = block == null ? null : block.styleClass();
    String aside = setAside.get();
    if (aside == null && pageStoryDepth >= 0) {
      aside = RawBlock.OUTSIDE_MAIN_CONTENT;
    }
    if (itemLabel != null) {
      cleaned = WebLists.labelled(itemLabel, cleaned);
      itemLabel = null;
    }
    pieces.add(new Piece(kind, styleClass, cleaned, page, aside, cell()));
  }

  private String clean(String raw) {
    return switch (mode) {
      case HTML ->
          SPACES_AROUND_BREAK.matcher(SPACES.matcher(raw).replaceAll(" ")).replaceAll("\n").strip();
      case DOCUMENT -> raw.strip();
      case PDF -> PDF_HYPHEN_BREAK.matcher(raw).replaceAll("$1$2").strip();
    };
  }

  private boolean isPdfAnnotation(String element, String styleClass) {
    return mode == Mode.PDF && element.equals("div") && "annotation".equals(styleClass);
  }

  private static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
  }
}
