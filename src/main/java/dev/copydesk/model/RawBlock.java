package dev.copydesk.model;

/**
 * A block as the extractor found it, before normalisation: the kind comes from the document's
 * structure (HTML element, Word style), the text is as written (whitespace not yet fixed). {@code
 * page} is the 1-based page for paginated formats (PDF), else 0.
 */
public record RawBlock(BlockKind kind, String text, int page) {

  public static RawBlock of(BlockKind kind, String text) {
    return new RawBlock(kind, text, 0);
  }
}
