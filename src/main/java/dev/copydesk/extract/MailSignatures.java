package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The signature a mail program marks in the HTML it sends: Gmail's {@code class="gmail_signature"},
 * Outlook's {@code id="Signature"} (Outlook on the web and the new Outlook) and {@code
 * id="ms-outlook-mobile-signature"} (its phone apps), Thunderbird's {@code class="moz-signature"},
 * iPhone Mail's {@code id="AppleMailSignature"}, Proton's {@code
 * class="protonmail_signature_block"}; in a quoted message Outlook prefixes the id with {@code x_}.
 * Most have no {@code --} line above them, so without the mark the sender's name, job and telephone
 * number read as the article's last paragraphs. A sign-off just above the signature ({@code Best,},
 * {@code Many thanks,}) goes with it.
 *
 * <p>A mark is not always a signature. Outlook puts the message it answers or forwards inside its
 * {@code Signature} element, and its phone apps can put the whole text inside theirs: an element
 * holding a quotation or a forward ({@code hr}, {@code blockquote}, Outlook's {@code
 * divRplyFwdMsg}, Gmail's and Thunderbird's quotation wrappers), more than {@value #MAX_WORDS}
 * words, or as many words as the rest of the message is left in the page.
 */
final class MailSignatures {

  private static final String MARKED =
      ".gmail_signature, .moz-signature, .protonmail_signature_block, #Signature, #x_Signature,"
          + " #ms-outlook-mobile-signature, #x_ms-outlook-mobile-signature, #AppleMailSignature";

  /** Gmail's {@code -- } line above its signature, in an element of its own. */
  private static final String GMAIL_PREFIX = ".gmail_signature_prefix";

  private static final String QUOTATION_OR_FORWARD =
      "hr, blockquote, #divRplyFwdMsg, #x_divRplyFwdMsg, #appendonsend, .gmail_quote,"
          + " .moz-cite-prefix, .moz-forward-container, .protonmail_quote";

  /**
   * A message has one signature, a thread a few: more marks than this are not looked at (a page of
   * thousands of marked elements would cost time in their number squared, each removal shifting its
   * siblings).
   */
  static final int MAX_SIGNATURES = 10;

  /** A signature is a few lines; a longer marked element is not taken for one. */
  static final int MAX_WORDS = 60;

  private MailSignatures() {}

  /**
   * Takes the marked signatures (with the sign-off above each) out of {@code page}; returns them in
   * the page's order, a sign-off as an element of its own.
   */
  static List<Element> take(Document page) {
    List<Element> taken = new ArrayList<>();
    int words = MailText.words(page.body().text());
    for (Element marked : page.select(MARKED).stream().limit(MAX_SIGNATURES).toList()) {
      int own = MailText.words(marked.text());
      if (marked.ownerDocument() == null // inside a signature taken already
          || own == 0
          || own > MAX_WORDS
          || own * 2 >= words
          || !marked.select(QUOTATION_OR_FORWARD).isEmpty()) {
        continue;
      }
      Node above = above(marked);
      if (above instanceof Element prefix && prefix.is(GMAIL_PREFIX)) {
        above = above(prefix);
        prefix.remove();
      }
      if (above != null && MailText.isSignOff(textOf(above))) {
        taken.add(new Element("p").text(textOf(above)));
        above.remove();
      }
      marked.remove();
      taken.add(marked);
    }
    return taken;
  }

  /**
   * The nearest text above {@code node} in the page (blank lines and empty elements passed over),
   * or null when nothing is above it in the body.
   */
  private static Node above(Node node) {
    for (Node at = node; at.parent() != null && !at.nodeName().equals("body"); at = at.parent()) {
      for (Node above = at.previousSibling(); above != null; above = above.previousSibling()) {
        if (!textOf(above).isBlank()) {
          return above;
        }
      }
    }
    return null;
  }

  private static String textOf(Node node) {
    return node instanceof Element element
        ? element.text()
        : node instanceof TextNode text ? text.text() : "";
  }
}
