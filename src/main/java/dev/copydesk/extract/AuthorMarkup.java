package dev.copydesk.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's authors as a page's markup names them for machines: schema.org microdata ({@code
 * itemprop="author"}, its name in {@code itemprop="name"}) or, without it, links marked {@code
 * rel="author"}. Only the first author's group counts (the authors of the same item, the author
 * links of the same line), so a list of other stories with their writers, or a comment thread, adds
 * no one. The values are the texts as printed; whether they are names is normalisation's question.
 */
final class AuthorMarkup {

  /**
   * A comment thread's class or id ({@code comments}, {@code comment-author}, WordPress's {@code
   * commentlist}, Disqus); not {@code commentary}, an opinion page's own.
   */
  private static final Pattern COMMENTS =
      Pattern.compile("(?i).*\\b(?:comments?|commentlist|disqus\\w*)\\b.*");

  private AuthorMarkup() {}

  static List<String> authors(Document page) {
    List<String> microdata = microdataAuthors(page);
    return microdata.isEmpty() ? authorLinks(page) : microdata;
  }

  /**
   * The {@code itemprop="author"} elements of the item the first one belongs to (the first alone
   * when it belongs to none).
   */
  private static List<String> microdataAuthors(Document page) {
    List<Element> marked =
        page.select("[itemprop~=(?i)^author$]").stream().filter(e -> !inComments(e)).toList();
    if (marked.isEmpty()) {
      return List.of();
    }
    Element item = item(marked.get(0));
    List<Element> same =
        item == null ? marked.subList(0, 1) : marked.stream().filter(a -> item(a) == item).toList();
    return same.stream().map(AuthorMarkup::microdataName).toList();
  }

  /** The item an element is a property of: its nearest ancestor with {@code itemscope}. */
  private static Element item(Element property) {
    Element parent = property.parent();
    return parent == null ? null : parent.closest("[itemscope]");
  }

  /** An author element's name: its {@code itemprop="name"}, else its content, else its text. */
  private static String microdataName(Element author) {
    Element name = author.selectFirst("[itemprop~=(?i)^name$]");
    Element holder = name != null ? name : author;
    return holder.hasAttr("content") ? holder.attr("content") : holder.text();
  }

  /** The first {@code rel="author"} link with text, and those beside it in the same element. */
  private static List<String> authorLinks(Document page) {
    Element first =
        page.select("a[rel~=(?i)^author$]").stream()
            .filter(a -> !a.text().isBlank() && !inComments(a))
            .findFirst()
            .orElse(null);
    if (first == null || first.parent() == null) {
      return List.of();
    }
    return first.parent().select("> a[rel~=(?i)^author$]").stream()
        .map(Element::text)
        .filter(text -> !text.isBlank())
        .toList();
  }

  private static boolean inComments(Element element) {
    for (Element e = element; e != null; e = e.parent()) {
      if (COMMENTS.matcher(e.className()).matches() || COMMENTS.matcher(e.id()).matches()) {
        return true;
      }
    }
    return false;
  }
}
