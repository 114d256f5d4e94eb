package dev.copydesk.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import javax.xml.parsers.SAXParser;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.Parser;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX parser Tika reads a Word package's XML parts with, set in the {@link ParseContext} (Tika
 * takes a context's parser before its own pool): Tika's own securely configured parser, each part's
 * events passed through unchanged after {@link WordParts} has seen them.
 */
final class WordPartsParser extends SAXParser {

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private final SAXParser parser;
  private final WordParts parts;

  private WordPartsParser(SAXParser parser, WordParts parts) {
    this.parser = parser;
    this.parts = parts;
  }

  static WordPartsParser watching(WordParts parts) throws TikaException {
    return new WordPartsParser(XMLReaderUtils.getSAXParser(), parts);
  }

  @Override
  public void parse(InputStream in, DefaultHandler handler) throws SAXException, IOException {
    parser.parse(in, new Watching(handler, parts));
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

  /** Tika's handler for one part, every event forwarded, the elements noted first. */
  private static final class Watching extends DefaultHandler {

    private final DefaultHandler handler;
    private final WordParts parts;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean rootSeen;

    Watching(DefaultHandler handler, WordParts parts) {
      this.handler = handler;
      this.parts = parts;
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
      if (W_NS.equals(uri) && localName.equals("vanish") && runProperties()) {
        String value = attributes.getValue(W_NS, "val");
        parts.run(value == null || !(value.equals("0") || value.equals("false")));
      }
      open.push(localName);
      handler.startElement(uri, localName, qName, attributes);
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
        parts.run(false);
      } else if (W_NS.equals(uri) && localName.equals("p")) {
        parts.paragraphEnds();
      }
      handler.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (parts.hides()) {
        parts.hidden(ch, start, length);
      } else {
        handler.characters(ch, start, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      handler.ignorableWhitespace(ch, start, length);
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId)
        throws IOException, SAXException {
      return handler.resolveEntity(publicId, systemId);
    }

    @Override
    public void notationDecl(String name, String publicId, String systemId) throws SAXException {
      handler.notationDecl(name, publicId, systemId);
    }

    @Override
    public void unparsedEntityDecl(
        String name, String publicId, String systemId, String notationName) throws SAXException {
      handler.unparsedEntityDecl(name, publicId, systemId, notationName);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      handler.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
      handler.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
      handler.endDocument();
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
      handler.startPrefixMapping(prefix, uri);
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
      handler.endPrefixMapping(prefix);
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
      handler.processingInstruction(target, data);
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
      handler.skippedEntity(name);
    }

    @Override
    public void warning(SAXParseException e) throws SAXException {
      handler.warning(e);
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      handler.error(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      handler.fatalError(e);
    }
  }
}
