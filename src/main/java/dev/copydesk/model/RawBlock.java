package dev.copydesk.model;

/**
 * A block as the extractor found it, before normalisation: the kind comes from the document's
 * structure (HTML element, Word style), the text is as written (whitespace not yet fixed; plain
 * text keeps its single line breaks as {@code \n}). {@code page} is the 1-based page for paginated
 * formats (PDF), else 0. {@code mainContent} is false for blocks a web page's main-content
 * detection left out (navigation, sidebars): normalisation records them in {@code removed} rather
 * than dropping them silently.
 */
public record RawBlock(BlockKind kind, String text, int page, boolean mainContent) {

  public static RawBlock of(BlockKind kind, String text) {
    return new RawBlock(kind, text, 0, true);
  }
}
