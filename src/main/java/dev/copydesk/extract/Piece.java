package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;

/**
 * A block as the SAX handler saw it, before style rules turn it into a {@link
 * dev.copydesk.model.RawBlock}: the kind the element implies, the paragraph style ({@code class}
 * attribute, null if none), the text, the page (0 if unpaginated), and whether it is main content.
 */
record Piece(BlockKind kind, String styleClass, String text, int page, boolean mainContent) {

  Piece withStyleClass(String style) {
    return new Piece(kind, style, text, page, mainContent);
  }

  /** The same piece, not article text: recorded as removed rather than published. */
  Piece asideFromContent() {
    return new Piece(kind, styleClass, text, page, false);
  }
}
