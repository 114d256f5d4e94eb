package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * SAX events held back from Tika's handler and given to it later, in order: a Word text box until
 * the paragraph around it ends ({@link TextBoxes}), a paragraph's numbering when copydesk does not
 * number the list itself ({@link WordPartsParser}). Attributes and characters are copied, as the
 * parser reuses its buffers.
 */
final class HeldEvents {

  /** One event, as it is given to a handler. */
  @FunctionalInterface
  private interface Event {
    void replay(ContentHandler handler) throws SAXException;
  }

  private final List<Event> events = new ArrayList<>();

  void startElement(String uri, String localName, String qName, Attributes attributes) {
    Attributes copy = new AttributesImpl(attributes);
    events.add(handler -> handler.startElement(uri, localName, qName, copy));
  }

  void endElement(String uri, String localName, String qName) {
    events.add(handler -> handler.endElement(uri, localName, qName));
  }

  void characters(char[] ch, int start, int length) {
    char[] copy = Arrays.copyOfRange(ch, start, start + length);
    events.add(handler -> handler.characters(copy, 0, copy.length));
  }

  /** {@code other}'s events after these. */
  void addAll(HeldEvents other) {
    events.addAll(other.events);
  }

  void clear() {
    events.clear();
  }

  /** Gives every held event to {@code handler}, in order, and holds none any more. */
  void replay(ContentHandler handler) throws SAXException {
    for (Event event : events) {
      event.replay(handler);
    }
    events.clear();
  }
}
