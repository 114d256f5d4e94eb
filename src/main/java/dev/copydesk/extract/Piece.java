package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A block as the SAX handler saw it, before style rules turn it into a {@link
 * dev.copydesk.model.RawBlock}: the kind the element implies, the paragraph style ({@code class}
 * attribute, null if none), the text, the page (0 if unpaginated), and whether it is main content.
 */
record Piece(BlockKind kind, String styleClass, String text, int page, boolean mainContent) {

  Piece withStyleClass(String style) {
    return new Piece(kind, style, text, page, mainContent);
  }

  Piece withText(String newText) {
    return new Piece(kind, styleClass, newText, page, mainContent);
  }

  /** {@code pieces}, then each of {@code texts} as a piece set aside (recorded as removed). */
  static List<Piece> withAside(List<Piece> pieces, List<String> texts) {
    if (texts.isEmpty()) {
      return pieces;
    }
    List<Piece> all = new ArrayList<>(pieces);
    texts.forEach(text -> all.add(new Piece(BlockKind.PARAGRAPH, null, text, 0, false)));
    return all;
  }

  /** The same piece, not article text: recorded as removed rather than published. */
  Piece asideFromContent() {
    return new Piece(kind, styleClass, text, page, false);
  }
}
