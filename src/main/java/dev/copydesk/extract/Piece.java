package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A block as the SAX handler saw it, before style rules turn it into a {@link RawBlock}: the kind
 * the element implies, the paragraph style ({@code class} attribute, null if none), the text, the
 * page (0 if unpaginated), when it is not the article's text, why ({@link RawBlock#setAside}), and
 * the table cell it was written in (null outside tables), which {@link Tables} reads.
 */
record Piece(
    BlockKind kind, String styleClass, String text, int page, String setAside, Tables.Cell cell) {

  Piece(BlockKind kind, String styleClass, String text, int page, String setAside) {
    this(kind, styleClass, text, page, setAside, null);
  }

  /** Article text, or (not {@code mainContent}) text outside the main content. */
  static Piece of(BlockKind kind, String styleClass, String text, int page, boolean mainContent) {
    return new Piece(
        kind, styleClass, text, page, mainContent ? null : RawBlock.OUTSIDE_MAIN_CONTENT);
  }

  boolean mainContent() {
    return setAside == null;
  }

  Piece withStyleClass(String style) {
    return new Piece(kind, style, text, page, setAside, cell);
  }

  Piece withKind(BlockKind newKind) {
    return new Piece(newKind, styleClass, text, page, setAside, cell);
  }

  Piece withText(String newText) {
    return new Piece(kind, styleClass, newText, page, setAside, cell);
  }

  /** The same piece, written in {@code where}. */
  Piece inCell(Tables.Cell where) {
    return new Piece(kind, styleClass, text, page, setAside, where);
  }

  /** The same piece, article text or (not {@code mainContent}) outside the main content. */
  Piece marked(boolean mainContent) {
    return new Piece(
        kind, styleClass, text, page, mainContent ? null : RawBlock.OUTSIDE_MAIN_CONTENT, cell);
  }

  /**
   * {@code pieces}, then each of {@code texts} as a piece set aside for {@code reason} (recorded as
   * removed).
   */
  static List<Piece> withAside(List<Piece> pieces, List<String> texts, String reason) {
    if (texts.isEmpty()) {
      return pieces;
    }
    List<Piece> all = new ArrayList<>(pieces);
    texts.forEach(text -> all.add(new Piece(BlockKind.PARAGRAPH, null, text, 0, reason)));
    return all;
  }

  /** The same piece, not article text: recorded as removed for {@code reason}. */
  Piece setAsideAs(String reason) {
    return new Piece(kind, styleClass, text, page, reason, cell);
  }
}
