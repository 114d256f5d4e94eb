package dev.copydesk.extract;

import java.io.InputStream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/**
 * Never parses embedded documents (images, OLE objects, attachments): an article is its own text.
 * Still counts them, and stops the parse past {@code maxEmbeddedDocuments}, because a file with
 * thousands of embedded parts costs time even when each is skipped.
 */
final class SkipEmbedded implements EmbeddedDocumentExtractor {

  /** Thrown past the limit; Tika wraps it, {@link ExtractionErrors} finds it in the cause chain. */
  static final class TooManyEmbedded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyEmbedded(int limit) {
      super("more than " + limit + " embedded documents", null, false, false);
    }
  }

  private final int maxEmbeddedDocuments;
  private int seen;

  SkipEmbedded(int maxEmbeddedDocuments) {
    this.maxEmbeddedDocuments = maxEmbeddedDocuments;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    if (++seen > maxEmbeddedDocuments) {
      throw new TooManyEmbedded(maxEmbeddedDocuments);
    }
    return false;
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
    // Only reached if a parser skips shouldParseEmbedded; the answer is still "no".
  }
}
