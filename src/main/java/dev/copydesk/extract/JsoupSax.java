package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Feeds a jsoup tree to a {@link BlockHandler} as SAX events, so web pages and Tika's documents go
 * through one block builder. Hidden elements ({@code hidden}, {@code aria-hidden="true"}, inline
 * {@code display:none} or {@code visibility:hidden}) are left out of the visible walk, as a reader
 * never sees them, and handed back so their text can be recorded. jsoup's traversal is iterative: a
 * deeply nested page cannot overflow the stack here.
 */
final class JsoupSax {

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

  private JsoupSax() {}

  /**
   * Walks what a reader sees under {@code root}; returns the hidden elements left out, outermost
   * only, and none inside an element whose text is never article text ({@code <template>}, {@code
   * <noscript>}…).
   */
  static List<Element> walkVisible(Node root, BlockHandler handler) {
    List<Element> hidden = new ArrayList<>();
    walk(root, handler, hidden);
    return hidden;
  }

  /** Walks everything under {@code element}, hidden or not (the element's own tag excepted). */
  static void walkInside(Element element, BlockHandler handler) {
    element.childNodes().forEach(child -> walk(child, handler, null));
  }

  /** Walks {@code element} and everything under it, hidden or not. */
  static void walkWhole(Element element, BlockHandler handler) {
    walk(element, handler, null);
  }

  /** {@code hidden}: where hidden elements go instead of being walked, or null to walk them. */
  private static void walk(Node root, BlockHandler handler, List<Element> hidden) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element element) {
              if (hidden != null && isHidden(element)) {
                if (!handler.skipping()) {
                  hidden.add(element);
                }
                return FilterResult.SKIP_ENTIRELY;
              }
              String name = element.tagName();
              handler.startElement("", name, name, attributes(element));
            } else if (node instanceof TextNode textNode) {
              char[] chars = textNode.getWholeText().toCharArray();
              handler.characters(chars, 0, chars.length);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
              String name = element.tagName();
              handler.endElement("", name, name);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
  }

  static boolean isHidden(Element element) {
    return element.hasAttr("hidden")
        || "true".equalsIgnoreCase(element.attr("aria-hidden"))
        || HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find();
  }

  /** The attributes the block builder reads: a class; a numbered list's and its items' numbers. */
  private static final List<String> PASSED_ON =
      List.of("class", "start", "type", "reversed", "value", "style");

  private static AttributesImpl attributes(Element element) {
    AttributesImpl attributes = new AttributesImpl();
    for (String name : PASSED_ON) {
      if (element.hasAttr(name)) {
        attributes.addAttribute("", name, name, "CDATA", element.attr(name));
      }
    }
    return attributes;
  }
}
