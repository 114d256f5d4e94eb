package dev.copydesk.extract;

import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An HTML-only e-mail's blocks (read as a web page: an Outlook sent item, some web mail) cut as
 * {@link MailText} cuts a plain-text one: a forward's note and header at the head ({@link
 * InlineForwards#setAside}), and after the article a signature (a short block opening with {@code
 * --}), a reply's quotation (its {@code On … wrote:} block, or Outlook's {@code From:}/{@code
 * Sent:} header of the message answered, and every block after it; HTML quotes in a block, not with
 * {@code >}) and a legal footer (the last block opening like one, 2,000 characters at most to the
 * end), then a sign-off over a few short blocks ending what is left ({@link MailText#isClosing}).
 * Each is set aside with its reason; the article keeps at least its first block.
 */
final class MailBlocks {

  /** A signature's opening in a block: {@code --} alone, or before the sender's name and title. */
  private static final Pattern SIGNATURE = Pattern.compile("--(?:\\s.*)?", Pattern.DOTALL);

  /** A block opening with {@code --} and longer than this is prose, not a signature. */
  private static final int MAX_SIGNATURE_WORDS = 25;

  /** Outlook's header lines may each be a block: From: and Sent: are in the first two. */
  private static final int HEADER_BLOCKS = 2;

  private MailBlocks() {}

  /** {@code reply}: the message is a reply ({@link MailText#of}). */
  static List<RawBlock> setAside(List<RawBlock> blocks, boolean reply) {
    Article article = new Article(InlineForwards.setAside(blocks, reply));
    article.setAsideFrom(
        Math.min(article.first(MailText::isAttribution), article.outlookHeader()),
        RawBlock.EMAIL_QUOTED);
    article.setAsideFrom(article.first(MailBlocks::isSignature), RawBlock.EMAIL_SIGNATURE);
    article.setAsideFrom(article.footer(), RawBlock.EMAIL_DISCLAIMER);
    article.setAsideClosing();
    return article.blocks;
  }

  private static boolean isSignature(String text) {
    return SIGNATURE.matcher(text.strip()).matches() && MailText.words(text) <= MAX_SIGNATURE_WORDS;
  }

  /**
   * The blocks, the positions of those in the main content, and how many of those ({@code end}) are
   * still the article. Positions are counted among the main-content blocks; the first is never set
   * aside.
   */
  private static final class Article {

    private final List<RawBlock> blocks;
    private final List<Integer> main = new ArrayList<>();
    private int end;

    Article(List<RawBlock> blocks) {
      this.blocks = new ArrayList<>(blocks);
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i).mainContent()) {
          main.add(i);
        }
      }
      end = main.size();
    }

    private String text(int k) {
      return blocks.get(main.get(k)).text();
    }

    /** The first article block after the first whose text matches, or {@code end}. */
    int first(Predicate<String> opens) {
      for (int k = 1; k < end; k++) {
        if (opens.test(text(k))) {
          return k;
        }
      }
      return end;
    }

    /**
     * The first article block after the first that opens Outlook's header of the message answered
     * ({@code From:} then {@code Sent:}, in one block or a block each), or {@code end}.
     */
    int outlookHeader() {
      for (int k = 1; k < end; k++) {
        List<String> lines = new ArrayList<>();
        for (int j = k; j < Math.min(end, k + HEADER_BLOCKS); j++) {
          lines.add(text(j));
        }
        if (InlineForwards.opensOutlookHeader(String.join("\n", lines))) {
          return k;
        }
      }
      return end;
    }

    /** The last article block that opens a legal footer near the end, or {@code end}. */
    int footer() {
      int chars = 0;
      for (int k = end - 1; k >= 1; k--) {
        chars += text(k).length();
        if (chars > MailText.MAX_DISCLAIMER_CHARS) {
          return end;
        }
        if (MailText.opensDisclaimer(text(k))) {
          return k;
        }
      }
      return end;
    }

    /**
     * Sets aside the sign-off and the short lines under it that end the article ({@link
     * MailText#isClosing}); or the short lines under a sign-off that the page's reading left
     * outside the main content (a lone {@code Kind regards} is too short for Readability), and the
     * sign-off with them.
     */
    void setAsideClosing() {
      String tail = "";
      for (int k = end - 1; k >= 1; k--) {
        tail = tail.isEmpty() ? text(k) : text(k) + "\n" + tail;
        if (MailText.isClosing(tail)) {
          setAsideFrom(k, RawBlock.EMAIL_SIGNATURE);
          return;
        }
        if (!MailText.fitsUnderSignOff(tail)) {
          return;
        }
        int above = main.get(k) - 1;
        RawBlock signOff = blocks.get(above);
        if (!signOff.mainContent() && MailText.isSignOff(signOff.text())) {
          blocks.set(
              above,
              new RawBlock(
                  signOff.kind(), signOff.text(), signOff.page(), RawBlock.EMAIL_SIGNATURE));
          setAsideFrom(k, RawBlock.EMAIL_SIGNATURE);
          return;
        }
      }
    }

    /** Sets aside the article's blocks from {@code from} on, for {@code reason}. */
    void setAsideFrom(int from, String reason) {
      for (int k = from; k < end; k++) {
        RawBlock block = blocks.get(main.get(k));
        blocks.set(main.get(k), new RawBlock(block.kind(), block.text(), block.page(), reason));
      }
      end = Math.min(end, from);
    }
  }
}
