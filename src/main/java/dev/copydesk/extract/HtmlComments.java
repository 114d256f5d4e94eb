package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reviewers' comments a word processor leaves in the web page it exports. Google Docs (File,
 * Download, Web page) marks each comment in the text ({@code <sup><a id="cmnt_ref1"
 * href="#cmnt1">[a]</a></sup>}) and prints it at the foot ({@code <div><p><a id="cmnt1"
 * href="#cmnt_ref1">[a]</a>Check the date…</p></div>}); Word's "Save as Web Page" marks {@code
 * [PR1]} ({@code <a class="msocomanchor">}) and prints the comment in {@code <div
 * class="msocomtxt">}. Read as the page, a comment would be published as the article's last
 * paragraph: here the marks leave the text and each comment is taken out of the page, to be
 * recorded as a review comment.
 */
final class HtmlComments {

  private static final String GOOGLE_MARKS = "a[id~=^cmnt_ref\\d+$]";
  private static final String GOOGLE_COMMENTS = "a[id~=^cmnt\\d+$]";
  private static final String WORD_MARKS = "a.msocomanchor, span.MsoCommentReference";
  private static final String WORD_COMMENTS = "div.msocomtxt";

  private HtmlComments() {}

  /** Takes the comments and their marks out of {@code page}; returns the comments' text. */
  static List<String> take(Document page) {
    List<String> comments = new ArrayList<>();
    for (Element anchor : page.select(GOOGLE_COMMENTS)) {
      // A comment and its replies share a div; a div holding more anchors is the page's own.
      Element div =
          anchor.parents().stream().filter(e -> e.tagName().equals("div")).findFirst().orElse(null);
      boolean own = div != null && div.select(GOOGLE_COMMENTS + ", " + GOOGLE_MARKS).size() == 1;
      Element container = own ? div : anchor.parent();
      anchor.remove();
      add(comments, container);
    }
    for (Element comment : page.select(WORD_COMMENTS)) {
      comment.select(WORD_MARKS).remove();
      add(comments, comment);
    }
    for (Element mark : page.select(GOOGLE_MARKS + ", " + WORD_MARKS)) {
      Element parent = mark.parent();
      mark.remove();
      if (parent != null && parent.tagName().equals("sup") && !parent.hasText()) {
        parent.remove();
      }
    }
    return comments;
  }

  private static void add(List<String> comments, Element container) {
    if (container == null || container.parent() == null) {
      return;
    }
    String text = container.text().strip();
    container.remove();
    if (!text.isEmpty()) {
      comments.add(text);
    }
  }
}
