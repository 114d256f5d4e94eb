package dev.copydesk.extract;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

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

  /** Tika's handler, which the held events go to. */
  private final ContentHandler tika;

  private final HeldEvents held = new HeldEvents();

  /** The text box in the current {@code mc:Choice}, if any. */
  private final HeldEvents choiceBox = new HeldEvents();

  private int paragraphs;
  private int choices;
  private boolean fallbackBox;

  /** How deep inside a text box the events are, 0 outside one; and where they go. */
  private int boxDepth;

  private HeldEvents box;

  TextBoxes(ContentHandler handler) {
    super(handler);
    this.tika = handler;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes)
      throws SAXException {
    if (boxDepth > 0) {
      boxDepth++;
      box.startElement(uri, localName, qName, attributes);
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
        box.endElement(uri, localName, qName);
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
    held.replay(tika);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (boxDepth > 0) {
      box.characters(ch, start, length);
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
