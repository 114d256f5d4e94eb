package dev.copydesk.model;

/**
 * A block as the extractor found it, before normalisation: the kind comes from the document's
 * structure (HTML element, Word style), the text is as written (whitespace not yet fixed; plain
 * text keeps its single line breaks as {@code \n}). {@code page} is the 1-based page for paginated
 * formats (PDF), else 0. {@code setAside} is null for the article's text; for a block that is not
 * (a web page's navigation and sidebars, a word processor's page headers, reviewers' comments,
 * hidden text) it says why, and normalisation records the block in {@code removed} under that
 * reason rather than dropping it silently.
 */
public record RawBlock(BlockKind kind, String text, int page, String setAside) {

  /** Navigation, sidebars, page headers and footers: what is around the article. */
  public static final String OUTSIDE_MAIN_CONTENT = "outside-main-content";

  /**
   * Hidden text: what a word processor keeps out of print (notes, instructions), or a web page's
   * elements a reader is not shown ({@code hidden}, {@code display:none}, {@code aria-hidden}).
   */
  public static final String HIDDEN_TEXT = "hidden-text";

  /** A reviewer's comment left in a word-processor file. */
  public static final String REVIEW_COMMENT = "review-comment";

  /** Text a tracked change deleted, which a word processor does not show once it is accepted. */
  public static final String TRACKED_DELETION = "tracked-deletion";

  /**
   * A further story in a file that holds several (a wire feed capture, a NewsML-G2 message): set
   * aside whole, so the entry is the first story; the flag {@code MORE_STORIES} says so.
   */
  public static final String OTHER_STORY = "wire-other-message";

  /** An e-mail's signature: the lines after its {@code "-- "} line. */
  public static final String EMAIL_SIGNATURE = "email-signature";

  /**
   * The short note an e-mail carries when the article is the document attached to it, or the
   * message forwarded below it.
   */
  public static final String EMAIL_COVERING_NOTE = "email-covering-note";

  /** The message a reply quotes ({@code On … wrote:} and the {@code >} lines under it). */
  public static final String EMAIL_QUOTED = "email-quoted";

  /** The legal footer at the end of an e-mail ({@code CONFIDENTIALITY NOTICE: …}). */
  public static final String EMAIL_DISCLAIMER = "email-disclaimer";

  /** A Markdown file's front matter (its YAML or TOML metadata block), read as properties. */
  public static final String FRONT_MATTER = "front-matter";

  /**
   * A site generator's tag on a line of its own in Markdown (Hugo's {@code {{< youtube … >}}},
   * Jekyll's {@code {% include … %}}): markup, not text.
   */
  public static final String SITE_MARKUP = "site-markup";

  /** The header lines of a message forwarded inside an e-mail's text (From:, Date:, Subject:). */
  public static final String EMAIL_FORWARD_HEADER = "email-forward-header";

  /** A block of the article ({@code mainContent}), or one outside the main content. */
  public RawBlock(BlockKind kind, String text, int page, boolean mainContent) {
    this(kind, text, page, mainContent ? null : OUTSIDE_MAIN_CONTENT);
  }

  public static RawBlock of(BlockKind kind, String text) {
    return new RawBlock(kind, text, 0, true);
  }

  /** Whether the block is the article's text. */
  public boolean mainContent() {
    return setAside == null;
  }
}
