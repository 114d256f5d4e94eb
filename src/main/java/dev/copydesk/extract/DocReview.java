package dev.copydesk.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reviewers' comments and tracked changes of a legacy Word file ({@code .doc}), read with POI's
 * HWPF after Tika has parsed the file: Tika leaves deleted text out but prints the comments as
 * plain paragraphs after the body (each starting with the replaced comment mark), so the pieces
 * with a comment's text are set aside, and the counts become {@link ReviewMarkup} properties.
 */
final class DocReview implements ReviewMarkup {

  /**
   * Control characters HWPF keeps in text (the comment mark is U+0005), and what Tika made of them.
   */
  private static final Pattern MARKS = Pattern.compile("[\\u0000-\\u001F\\uFFFD]");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final TextTally commentTexts;
  private final int comments;
  private final int changes;

  private DocReview(TextTally commentTexts, int comments, int changes) {
    this.commentTexts = commentTexts;
    this.comments = comments;
    this.changes = changes;
  }

  static DocReview read(Path doc) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(doc.toFile(), true);
        HWPFDocument word = new HWPFDocument(fs.getRoot())) {
      Range commentRange = word.getCommentsRange();
      TextTally texts = new TextTally();
      int comments = 0;
      for (int i = 0; i < commentRange.numParagraphs(); i++) {
        String raw = commentRange.getParagraph(i).text();
        comments += raw.indexOf('\u0005') >= 0 ? 1 : 0;
        String text = norm(raw);
        if (!text.isEmpty()) {
          texts.add(text);
        }
      }
      return new DocReview(texts, comments, changes(word.getRange()));
    }
  }

  /** Runs of inserted or deleted text: each unbroken run counts as one change. */
  private static int changes(Range main) {
    int changes = 0;
    boolean inChange = false;
    for (int i = 0; i < main.numCharacterRuns(); i++) {
      CharacterRun run = main.getCharacterRun(i);
      boolean marked = run.isMarkedDeleted() || run.isMarkedInserted();
      changes += marked && !inChange ? 1 : 0;
      inChange = marked;
    }
    return changes;
  }

  /** The pieces, those with a comment's text set aside (without the comment mark). */
  @Override
  public List<Piece> apply(List<Piece> pieces) {
    TextTally left = commentTexts.copy();
    List<Piece> applied = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      String text = norm(piece.text());
      applied.add(
          left.take(text)
              ? new Piece(piece.kind(), piece.styleClass(), text, piece.page(), false)
              : piece);
    }
    return applied;
  }

  @Override
  public Map<String, List<String>> properties() {
    return ReviewMarkup.counts(changes, comments, 0);
  }

  private static String norm(String text) {
    return WHITESPACE.matcher(MARKS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }
}
