package dev.copydesk.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The stories of a NewsML-G2 {@code <newsMessage>} that carries several, each as a {@code
 * <newsItem>} document of its own, so a bulk import can make an entry of each (read whole, the
 * message gives its first story and sets the others aside: {@link NewsMlStory}). Items without text
 * (a picture's) are not stories. Read with jsoup's XML parser, as {@link NewsXml} reads: no DTD
 * fetched, no entity a document declares expanded.
 */
final class NewsMessages {

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private NewsMessages() {}

  /**
   * Whether a file's opening ({@value Stories#OPENING_BYTES} bytes) names a {@code newsMessage}
   * element: only such a file is worth parsing for {@link #stories}.
   */
  static boolean mayBeMessage(byte[] file) {
    int length = Math.min(file.length, Stories.OPENING_BYTES);
    return new String(file, 0, length, StandardCharsets.ISO_8859_1).contains("newsMessage");
  }

  /**
   * The message's stories, each a {@code newsItem} document carrying the message's namespace
   * declarations; empty when {@code file} is not a message of two stories or more.
   */
  static List<byte[]> stories(byte[] file) throws IOException {
    Document document = Jsoup.parse(new ByteArrayInputStream(file), null, "", Parser.xmlParser());
    Element root = document.children().first();
    if (root == null || !NewsMlStory.isMessage(root)) {
      return List.of();
    }
    List<Element> items = NewsMlStory.textItems(root);
    return items.size() < 2 ? List.of() : items.stream().map(i -> standalone(i, root)).toList();
  }

  private static byte[] standalone(Element item, Element message) {
    for (Attribute attribute : message.attributes()) {
      String key = attribute.getKey();
      if ((key.equals("xmlns") || key.startsWith("xmlns:")) && !item.hasAttr(key)) {
        item.attr(key, attribute.getValue());
      }
    }
    return (DECLARATION + item.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
