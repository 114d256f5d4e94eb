package dev.copydesk.extract;

import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which part of a Word package Tika is reading, and the review markup met on the way. Tika's SAX
 * docx extractor reads the parts one after another (headers, the document, then footnotes,
 * comments, footers, endnotes) into one XHTML stream without marking where a part starts; the root
 * element of each part's XML says it ({@code w:hdr}, {@code w:document}, {@code w:comments}, ...),
 * and {@link WordPartsParser} reports it here. Text from page headers, page footers and reviewers'
 * comments is not article text: its blocks are recorded as removed, not published. Tracked changes
 * are read as accepted (Tika leaves deleted text out); how many there were, and how many comments,
 * become {@link ReviewMarkup} properties, so the editor is told. Hidden text (Word's Hidden font
 * effect, set on a run or through a run's or paragraph's style: see {@link WordStyles}) is kept out
 * of the body and set aside, one passage per paragraph.
 */
final class WordParts implements ReviewMarkup {

  private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Set<String> CHANGE_ELEMENTS = Set.of("ins", "del", "moveFrom", "moveTo");

  private final Set<String> hiddenStyles;
  private String part = "document";
  private int changes;
  private int comments;
  private boolean paragraphStyleHides;
  private boolean runStyleHides;
  private Boolean runVanish;
  private final StringBuilder hiddenText = new StringBuilder();
  private final List<String> hiddenPassages = new ArrayList<>();

  /** A package none of whose styles hides text (or not a docx). */
  WordParts() {
    this(Set.of());
  }

  /** {@code hiddenStyles}: the ids of the package's styles that hide their text. */
  WordParts(Set<String> hiddenStyles) {
    this.hiddenStyles = hiddenStyles;
  }

  /** A part's XML starts with this root element. */
  void partStarts(String rootName) {
    part = rootName;
  }

  /** An element inside the current part. */
  void element(String uri, String localName) {
    if (!W_NS.equals(uri)) {
      return;
    }
    if (part.equals("document") && CHANGE_ELEMENTS.contains(localName)) {
      changes++;
    } else if (part.equals("comments") && localName.equals("comment")) {
      comments++;
    }
  }

  /**
   * Null when text read now belongs to the article; else why it does not: a page header or footer,
   * a comment.
   */
  String setAside() {
    return switch (part) {
      case "hdr", "ftr" -> RawBlock.OUTSIDE_MAIN_CONTENT;
      case "comments" -> RawBlock.REVIEW_COMMENT;
      default -> null;
    };
  }

  /** Whether the part being read is the document's body (not a header, a note, a comment). */
  boolean readingDocument() {
    return part.equals("document");
  }

  /** The current paragraph's style ({@code w:pStyle}). */
  void paragraphStyle(String id) {
    paragraphStyleHides = hiddenStyles.contains(id);
  }

  /** The current run's style ({@code w:rStyle}). */
  void runStyle(String id) {
    runStyleHides = hiddenStyles.contains(id);
  }

  /**
   * The current run's own {@code w:vanish} (Word's hidden text: notes and instructions the author
   * keeps out of print); it wins over what its styles say.
   */
  void runVanish(boolean hidden) {
    runVanish = hidden;
  }

  /** A run ends: the next one starts with only its paragraph's style. */
  void runEnds() {
    runStyleHides = false;
    runVanish = null;
  }

  /** Whether text read now is hidden: it is kept out of the body (see {@link #hidden}). */
  boolean hides() {
    boolean hidden = runVanish != null ? runVanish : runStyleHides || paragraphStyleHides;
    return hidden && part.equals("document");
  }

  void hidden(char[] text, int start, int length) {
    hiddenText.append(text, start, length);
  }

  /** A paragraph ends: the hidden text met in it is one passage. */
  void paragraphEnds() {
    paragraphStyleHides = false;
    String passage = hiddenText.toString().strip();
    hiddenText.setLength(0);
    if (!passage.isEmpty()) {
      hiddenPassages.add(passage);
    }
  }

  /** Tika's pieces, then the hidden passages set aside (headers, footers, comments are already). */
  @Override
  public List<Piece> apply(List<Piece> pieces) {
    return Piece.withAside(pieces, hiddenPassages, RawBlock.HIDDEN_TEXT);
  }

  @Override
  public Map<String, List<String>> properties() {
    return ReviewMarkup.counts(changes, comments, hiddenPassages.size());
  }
}
