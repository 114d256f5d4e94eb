package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import javax.xml.parsers.SAXParser;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.OfflineContentHandler;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Parser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX parser Tika reads a Word package's XML parts with, set in the {@link ParseContext} (Tika
 * takes a context's parser before its own pool): Tika's own securely configured parser, each part's
 * events passed through after {@link WordParts} has seen them, note numbers as {@link WordNotes}
 * reads them, list numbers as {@link WordNumbering} counts them (a paragraph's {@code w:numPr} is
 * held back from Tika, whose own count goes wrong on restarted lists; a paragraph numbered by its
 * style, which Tika leaves unnumbered, gets its number too), text boxes after the paragraph they
 * are anchored in ({@link TextBoxes}).
 */
final class WordPartsParser extends SAXParser {

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final SAXParser parser;
  private final WordParts parts;
  private final WordNotes notes = new WordNotes();
  private final WordNumbering numbering;

  private WordPartsParser(SAXParser parser, WordParts parts, WordNumbering numbering) {
    this.parser = parser;
    this.parts = parts;
    this.numbering = numbering;
  }

  static WordPartsParser watching(WordParts parts, WordNumbering numbering) throws TikaException {
    return new WordPartsParser(XMLReaderUtils.getSAXParser(), parts, numbering);
  }

  @Override
  public void parse(InputStream in, DefaultHandler handler) throws SAXException, IOException {
    parser.parse(
        in,
        new OfflineContentHandler(new Watching(new TextBoxes(handler), parts, notes, numbering)));
  }

  @Override
  public void reset() {
    parser.reset();
  }

  @Override
  @SuppressWarnings("deprecation")
  public Parser getParser() throws SAXException {
    return parser.getParser();
  }

  @Override
  public XMLReader getXMLReader() throws SAXException {
    return parser.getXMLReader();
  }

  @Override
  public boolean isNamespaceAware() {
    return parser.isNamespaceAware();
  }

  @Override
  public boolean isValidating() {
    return parser.isValidating();
  }

  @Override
  public void setProperty(String name, Object value)
      throws SAXNotRecognizedException, SAXNotSupportedException {
    parser.setProperty(name, value);
  }

  @Override
  public Object getProperty(String name)
      throws SAXNotRecognizedException, SAXNotSupportedException {
    return parser.getProperty(name);
  }

  /**
   * Tika's handler for one part, its events noted first. Entities are resolved offline as Tika's
   * own wrapper does ({@link #parse} wraps this in an {@link OfflineContentHandler} again).
   */
  private static final class Watching extends ContentHandlerDecorator {

    private final WordParts parts;
    private final WordNotes notes;
    private final WordNumbering numbering;
    private final ContentHandler tika;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean rootSeen;

    /** A document paragraph's numbering ({@code w:numPr}) being read, held back from Tika. */
    private HeldNumbering held;

    /** The number to print before the paragraph's first text, or null. */
    private String label;

    /** The paragraph's style, and whether it has numbering of its own rather than its style's. */
    private String paragraphStyle;

    private boolean numberedDirectly;

    Watching(ContentHandler handler, WordParts parts, WordNotes notes, WordNumbering numbering) {
      super(handler);
      this.tika = handler;
      this.parts = parts;
      this.notes = notes;
      this.numbering = numbering;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
      if (held != null) {
        held.start(uri, localName, qName, attributes);
        return;
      }
      if (W_NS.equals(uri)
          && localName.equals("numPr")
          && paragraphProperties()
          && parts.readingDocument()) {
        held = new HeldNumbering();
        held.start(uri, localName, qName, attributes);
        numberedDirectly = true;
        return;
      }
      if (rootSeen) {
        parts.element(uri, localName);
      } else {
        rootSeen = true;
        parts.partStarts(localName);
      }
      Attributes seen = attributes;
      if (W_NS.equals(uri)) {
        properties(localName, attributes.getValue(W_NS, "val"));
        seen = notes.element(localName, attributes);
      }
      open.push(localName);
      super.startElement(uri, localName, qName, seen);
    }

    /** A run's own hidden setting and style, and a paragraph's style, as they are met. */
    private void properties(String localName, String value) {
      if (localName.equals("vanish") && runProperties()) {
        parts.runVanish(WordStyles.on(value));
      } else if (localName.equals("rStyle") && runProperties() && value != null) {
        parts.runStyle(value);
      } else if (localName.equals("pStyle") && "pPr".equals(open.peek()) && value != null) {
        parts.paragraphStyle(value);
        paragraphStyle = value;
      }
    }

    /**
     * Whether the element now open is a paragraph's own properties (not the former ones a tracked
     * change keeps, {@code w:pPrChange/w:pPr}).
     */
    private boolean paragraphProperties() {
      Iterator<String> up = open.iterator();
      return up.hasNext() && up.next().equals("pPr") && up.hasNext() && up.next().equals("p");
    }

    /** Whether the element now open is a run's own properties (not a paragraph mark's). */
    private boolean runProperties() {
      Iterator<String> up = open.iterator();
      return up.hasNext() && up.next().equals("rPr") && up.hasNext() && up.next().equals("r");
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      if (held != null) {
        if (held.end(uri, localName, qName)) {
          numbered(held);
          held = null;
        }
        return;
      }
      if (W_NS.equals(uri)
          && localName.equals("pPr")
          && !numberedDirectly
          && paragraphProperties()
          && parts.readingDocument()) {
        numberedByStyle();
      }
      open.poll();
      if (W_NS.equals(uri) && localName.equals("r")) {
        parts.runEnds();
      } else if (W_NS.equals(uri) && localName.equals("p")) {
        parts.paragraphEnds();
        label = null;
        paragraphStyle = null;
        numberedDirectly = false;
      }
      super.endElement(uri, localName, qName);
    }

    /**
     * A paragraph's numbering is read: its number is printed before its text, or, for a list the
     * file does not define, Tika is given the numbering to number it as it always did.
     */
    private void numbered(HeldNumbering numberPr) throws SAXException {
      WordStyles.StyleList styleList = numbering.styleList(paragraphStyle);
      String numId =
          numberPr.numId == null && styleList != null ? styleList.numId() : numberPr.numId;
      if (numId != null && numbering.defines(numId, numberPr.level)) {
        label = numbering.label(numId, numberPr.level);
      } else {
        numberPr.replay(tika);
      }
    }

    /** A paragraph without numbering of its own: its style's, if the style numbers it. */
    private void numberedByStyle() {
      WordStyles.StyleList styleList = numbering.styleList(paragraphStyle);
      if (styleList != null && numbering.defines(styleList.numId(), styleList.level())) {
        label = numbering.label(styleList.numId(), styleList.level());
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (held != null) {
        return; // whitespace between the numbering's elements
      }
      if (parts.hides()) {
        parts.hidden(ch, start, length);
        return;
      }
      if (this.label != null && "t".equals(open.peek())) {
        super.characters(this.label.toCharArray(), 0, this.label.length());
        this.label = null;
      }
      String label = "t".equals(open.peek()) ? notes.takeLabel() : null;
      int from = start;
      if (label != null) {
        super.characters(label.toCharArray(), 0, label.length());
        while (from < start + length && Character.isWhitespace(ch[from])) {
          from++; // the label brings its own space; a note's text starts with one or a tab
        }
      }
      super.characters(ch, from, start + length - from);
    }
  }

  /** The events of one {@code w:numPr}: its list and level, and the events to give back. */
  private static final class HeldNumbering {
    private final HeldEvents events = new HeldEvents();
    private int depth;
    String numId;
    int level;

    void start(String uri, String localName, String qName, Attributes attributes) {
      depth++;
      events.startElement(uri, localName, qName, attributes);
      if (W_NS.equals(uri) && localName.equals("numId")) {
        numId = attributes.getValue(W_NS, "val");
      } else if (W_NS.equals(uri) && localName.equals("ilvl")) {
        level = WordNumbering.integer(attributes.getValue(W_NS, "val"), 0);
      }
    }

    /** An element ends; true when it was the {@code w:numPr}. */
    boolean end(String uri, String localName, String qName) {
      events.endElement(uri, localName, qName);
      return --depth == 0;
    }

    void replay(ContentHandler handler) throws SAXException {
      events.replay(handler);
    }
  }
}
