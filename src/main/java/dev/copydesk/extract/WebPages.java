package dev.copydesk.extract;

import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Web pages: every text block of the page in reading order, those outside the main content marked
 * {@code mainContent=false} so normalisation can record them as removed. Main content is what
 * Readability4J keeps; when it keeps fewer than {@value #MIN_MAIN_TOKENS} words (an index page, a
 * short note), or when the page has more than {@value #READABILITY_MAX_ELEMENTS} elements (a
 * hostile page: see there), the whole page counts as main content. The byline Readability
 * recognises (and leaves out of the main content) is kept as {@code html:byline}. A page a word
 * processor exported keeps its reviewers' comments apart ({@link HtmlComments}). jsoup fetches
 * nothing and resolves no entities beyond HTML's own, so a page cannot make us reach the network.
 */
final class WebPages {

  static final int MIN_MAIN_TOKENS = 50;

  static final int MIN_HIDDEN_TOKENS = 4;

  /**
   * Pages with more elements than this are not given to Readability: its cleaning removes nodes one
   * at a time, each removal costing time in the number of siblings, so a page of 100,000 empty
   * {@code div}s (or nested 100,000 deep, which jsoup flattens) took 12–20 s, 100 s on the jsoup of
   * before 2026-12-05. The 130 test pages have at most 9,892 elements.
   */
  static final int READABILITY_MAX_ELEMENTS = 25_000;

  /** Readability resolves relative links against this; nothing is ever fetched from it. */
  private static final String BASE_URI = "http://localhost/";

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private WebPages() {}

  static Parsed parse(byte[] bytes, String mediaType) {
    return parse(bytes, mediaType, page -> List.of());
  }

  /**
   * An HTML e-mail's text: a web page, the signatures its mail program marked set aside ({@link
   * MailSignatures}).
   */
  static Parsed mail(byte[] html) {
    return parse(html, "text/html", MailSignatures::take);
  }

  /** {@code signatures}: takes the page's signatures out of it. */
  private static Parsed parse(
      byte[] bytes, String mediaType, Function<Document, List<Element>> signatures) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, true);
    Document page = Jsoup.parse(decoded.text(), BASE_URI);
    List<String> comments = HtmlComments.take(page);
    List<Element> signed = signatures.apply(page);
    Map<String, List<String>> properties = new LinkedHashMap<>(HtmlMetadata.read(page));
    properties.put("Content-Type", List.of(mediaType + "; charset=" + decoded.charset().name()));
    BlockHandler visible = new BlockHandler(BlockHandler.Mode.HTML);
    List<Element> hidden = JsoupSax.walkVisible(page, visible);
    List<Piece> all = visible.pieces();
    int elements = page.getAllElements().size();
    Element content = null;
    if (elements <= READABILITY_MAX_ELEMENTS) {
      Article article = new Readability4JExtended(BASE_URI, visibleCopy(page)).parse();
      if (article.getByline() != null && !article.getByline().isBlank()) {
        properties.put("html:byline", List.of(article.getByline().strip()));
      }
      content = article.getArticleContent();
    } else {
      properties.put(
          "html:mainContentNotSought",
          List.of(
              "The page has "
                  + Sizes.count(elements)
                  + " elements, more than "
                  + Sizes.count(READABILITY_MAX_ELEMENTS)
                  + ": every block is kept."));
    }
    List<Piece> main = content == null ? List.of() : pieces(content);
    boolean trusted = main.stream().mapToInt(p -> tokens(p.text())).sum() >= MIN_MAIN_TOKENS;
    List<Piece> merged = trusted ? MainContentMerge.merge(all, main) : all;
    List<Piece> recorded = new ArrayList<>(Tables.collapse(merged));
    recorded.addAll(hiddenText(hidden));
    recorded.addAll(signatureText(signed));
    properties.putAll(ReviewMarkup.counts(0, comments.size(), 0));
    List<Piece> withComments = Piece.withAside(recorded, comments, RawBlock.REVIEW_COMMENT);
    StyleRules.Styled styled = StyleRules.apply(withComments, false);
    if (HtmlMetadata.savedByWord(properties)) {
      properties.putAll(styled.properties());
    }
    return new Parsed(styled.blocks(), properties);
  }

  /**
   * The text of the page's hidden elements, set aside as {@link RawBlock#HIDDEN_TEXT}: a collapsed
   * "read more", a pre-rendered alternative. Pieces of fewer than {@value #MIN_HIDDEN_TOKENS} words
   * (icon names, close marks, screen-reader duplicates of a label) are controls, not copy.
   */
  private static List<Piece> hiddenText(List<Element> hidden) {
    BlockHandler handler = new BlockHandler(BlockHandler.Mode.HTML);
    hidden.forEach(element -> JsoupSax.walkInside(element, handler));
    return handler.pieces().stream()
        .filter(piece -> tokens(piece.text()) >= MIN_HIDDEN_TOKENS)
        .map(piece -> piece.setAsideAs(RawBlock.HIDDEN_TEXT))
        .toList();
  }

  /** The signatures' lines, set aside as {@link RawBlock#EMAIL_SIGNATURE}. */
  private static List<Piece> signatureText(List<Element> signatures) {
    BlockHandler handler = new BlockHandler(BlockHandler.Mode.HTML);
    signatures.forEach(element -> JsoupSax.walkWhole(element, handler));
    return handler.pieces().stream()
        .map(piece -> piece.setAsideAs(RawBlock.EMAIL_SIGNATURE))
        .toList();
  }

  /**
   * Readability rewrites the tree it reads, so it gets a copy; without the hidden elements, which
   * the block walk skips too: Readability strips the {@code style} attributes that hide them.
   */
  private static Document visibleCopy(Document page) {
    Document copy = page.clone();
    // Readability4J keeps the page's HTML to start again from; jsoup's pretty printer takes time
    // quadratic in the nesting depth, the plain one not.
    copy.outputSettings().prettyPrint(false);
    copy.select("[hidden], [aria-hidden], [style]").stream()
        .filter(JsoupSax::isHidden)
        .forEach(Element::remove);
    return copy;
  }

  private static List<Piece> pieces(Element root) {
    BlockHandler handler = new BlockHandler(BlockHandler.Mode.HTML);
    JsoupSax.walkVisible(root, handler);
    return handler.pieces();
  }

  static int tokens(String text) {
    int count = 0;
    for (var m = TOKEN.matcher(text); m.find(); ) {
      count++;
    }
    return count;
  }
}
