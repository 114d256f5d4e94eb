package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Word's text boxes (a sidebar, a boxed pull quote) after the paragraph they are anchored in.
 * Tika's SAX reader of a .docx prints a box's paragraphs inside that paragraph, the first glued to
 * its last sentence ({@code …since 2015.AT A GLANCE}), and then loses the paragraph after it; so
 * the box's XML ({@code w:txbxContent}) is held back until the paragraph around it ends, and given
 * to Tika then, as paragraphs of their own. Tika reads a box from its copy for old readers ({@code
 * mc:Fallback}, VML) and skips the newer one ({@code mc:Choice}); a shape whose text only the newer
 * one holds (a callout LibreOffice saved: its fallback is a picture) lost its text, so the newer
 * copy is kept aside and given instead when the fallback has no box.
 */
final class TextBoxes extends ContentHandlerDecorator {

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  /** A SAX event held back, given to Tika's handler later. */
  private interface Held {
    void replay() throws SAXException;
  }

  private final List<Held> held = new ArrayList<>();

  /** The text box in the current {@code mc:Choice}, if any. */
  private final List<Held> choiceBox = new ArrayList<>();

  private int paragraphs;
  private int choices;
  private boolean fallbackBox;

  /** How deep inside a text box the events are, 0 outside one; and where they go. */
  private int boxDepth;

  private List<Held> box;

  TextBoxes(ContentHandler handler) {
    super(handler);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes)
      throws SAXException {
    if (boxDepth > 0) {
      boxDepth++;
      Attributes copy = new AttributesImpl(attributes);
      box.add(() -> super.startElement(uri, localName, qName, copy));
      return;
    }
    if (MC_NS.equals(uri) && localName.equals("AlternateContent")) {
      choiceBox.clear();
      fallbackBox = false;
    } else if (MC_NS.equals(uri) && localName.equals("Choice")) {
      choices++;
    } else if (W_NS.equals(uri) && localName.equals("txbxContent") && paragraphs > 0) {
      fallbackBox |= choices == 0;
      box = choices > 0 ? choiceBox : held;
      boxDepth = 1;
      return;
    } else if (W_NS.equals(uri) && localName.equals("p")) {
      paragraphs++;
    }
    super.startElement(uri, localName, qName, attributes);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    if (boxDepth > 0) {
      if (--boxDepth > 0) {
        box.add(() -> super.endElement(uri, localName, qName));
      }
      return;
    }
    if (MC_NS.equals(uri) && localName.equals("Choice")) {
      choices--;
    } else if (MC_NS.equals(uri) && localName.equals("AlternateContent")) {
      if (!fallbackBox) {
        held.addAll(choiceBox);
      }
      choiceBox.clear();
    }
    super.endElement(uri, localName, qName);
    if (W_NS.equals(uri) && localName.equals("p") && --paragraphs == 0) {
      replayHeld();
    }
  }

  /** A part that ends inside a paragraph (damaged XML) still gives its text boxes. */
  @Override
  public void endDocument() throws SAXException {
    replayHeld();
    super.endDocument();
  }

  private void replayHeld() throws SAXException {
    for (Held event : held) {
      event.replay();
    }
    held.clear();
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (boxDepth > 0) {
      char[] copy = Arrays.copyOfRange(ch, start, start + length);
      box.add(() -> super.characters(copy, 0, copy.length));
      return;
    }
    super.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    if (boxDepth > 0) {
      return;
    }
    super.ignorableWhitespace(ch, start, length);
  }
}
