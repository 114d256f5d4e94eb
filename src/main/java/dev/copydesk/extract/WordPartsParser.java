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
 * reads them, text boxes after the paragraph they are anchored in ({@link TextBoxes}).
 */
final class WordPartsParser extends SAXParser {

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final SAXParser parser;
  private final WordParts parts;
  private final WordNotes notes = new WordNotes();

  private WordPartsParser(SAXParser parser, WordParts parts) {
    this.parser = parser;
    this.parts = parts;
  }

  static WordPartsParser watching(WordParts parts) throws TikaException {
    return new WordPartsParser(XMLReaderUtils.getSAXParser(), parts);
  }

  @Override
  public void parse(InputStream in, DefaultHandler handler) throws SAXException, IOException {
    parser.parse(in, new OfflineContentHandler(new Watching(new TextBoxes(handler), parts, notes)));
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
    private final Deque<String> open = new ArrayDeque<>();
    private boolean rootSeen;

    Watching(ContentHandler handler, WordParts parts, WordNotes notes) {
      super(handler);
      this.parts = parts;
      this.notes = notes;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes)
        throws SAXException {
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
      }
    }

    /** Whether the element now open is a run's own properties (not a paragraph mark's). */
    private boolean runProperties() {
      Iterator<String> up = open.iterator();
      return up.hasNext() && up.next().equals("rPr") && up.hasNext() && up.next().equals("r");
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      open.poll();
      if (W_NS.equals(uri) && localName.equals("r")) {
        parts.runEnds();
      } else if (W_NS.equals(uri) && localName.equals("p")) {
        parts.paragraphEnds();
      }
      super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (parts.hides()) {
        parts.hidden(ch, start, length);
        return;
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
}
