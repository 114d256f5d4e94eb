package dev.copydesk.extract;

import dev.copydesk.model.RawBlock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reviewers' comments, tracked changes and hidden text of a legacy Word file ({@code .doc}), read
 * with POI's HWPF after Tika has parsed the file: Tika leaves deleted text out but prints the
 * comments as plain paragraphs after the body (each starting with the replaced comment mark), so
 * the pieces with a comment's text are set aside; it prints hidden runs (notes and instructions the
 * author kept out of print) with their paragraph, so they are taken out of it and set aside too
 * ({@link HiddenText}). Footnotes and endnotes, which Tika prints after the body too, are labelled
 * with their numbers. The counts become {@link ReviewMarkup} properties.
 */
final class DocReview implements ReviewMarkup {

  /**
   * Control characters HWPF keeps in text (the comment mark is U+0005), and what Tika made of them.
   */
  private static final Pattern MARKS = Pattern.compile("[\\u0000-\\u001F\\uFFFD]");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Where Tika printed a cited note's mark: a line break before a space. */
  private static final Pattern CITED = Pattern.compile("\\n(?= )");

  /** A note's number mark as Tika prints it (replaced), then the tab or space after it. */
  private static final Pattern NOTE_MARK = Pattern.compile("\uFFFD[ \\t]+");

  /** Field codes: a field's instructions run from its start mark to its separator or end mark. */
  private static final char FIELD_START = '\u0013';

  private static final char FIELD_SEPARATOR = '\u0014';
  private static final char FIELD_END = '\u0015';

  private final TextTally commentTexts;
  private final int comments;
  private final Body body;

  private DocReview(TextTally commentTexts, int comments, Body body) {
    this.commentTexts = commentTexts;
    this.comments = comments;
    this.body = body;
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
      return new DocReview(texts, comments, Body.read(word.getRange()));
    }
  }

  /**
   * What the main text holds: changes (each unbroken run of inserted or deleted text), hidden text.
   */
  private record Body(int changes, HiddenText hidden) {

    static Body read(Range main) {
      int changes = 0;
      boolean inChange = false;
      HiddenText hidden = new HiddenText();
      for (int p = 0; p < main.numParagraphs(); p++) {
        Paragraph paragraph = main.getParagraph(p);
        StringBuilder text = new StringBuilder();
        StringBuilder visible = new StringBuilder();
        StringBuilder passage = new StringBuilder();
        boolean inInstructions = false;
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
          CharacterRun run = paragraph.getCharacterRun(r);
          boolean marked = run.isMarkedDeleted() || run.isMarkedInserted();
          changes += marked && !inChange ? 1 : 0;
          inChange = marked;
          if (run.isMarkedDeleted()) {
            continue; // Tika leaves it out
          }
          for (char c : run.text().toCharArray()) {
            if (c == FIELD_START || c == FIELD_SEPARATOR || c == FIELD_END) {
              inInstructions = c == FIELD_START;
            } else if (!inInstructions) {
              text.append(c);
              (run.isVanished() ? passage : visible).append(c);
            }
          }
        }
        hidden.paragraph(norm(text.toString()), norm(visible.toString()), norm(passage.toString()));
      }
      return new Body(changes, hidden);
    }
  }

  /**
   * The pieces, those with a comment's text set aside (without the comment mark), then without
   * their hidden text.
   */
  @Override
  public List<Piece> apply(List<Piece> pieces) {
    return labelledNotes(body.hidden().apply(withoutComments(pieces), DocReview::norm));
  }

  /**
   * Tika prints a footnote's or endnote's text after the body with its number mark replaced ({@code
   * \uFFFD\tOrganised by…}); each is labelled with its number instead, in order ({@code [1]
   * Organised by…}), as a .doc keeps its notes in the order they are cited. Where a note is cited,
   * Tika prints a line break ({@code protests\n by readers}): when the text holds exactly as many
   * line breaks before a space as there are notes, each is the note's number ({@code protests[1] by
   * readers}); otherwise they cannot be told from the author's line breaks, and stay.
   */
  private static List<Piece> labelledNotes(List<Piece> pieces) {
    List<Piece> labelled = new ArrayList<>(pieces.size());
    List<Integer> text = new ArrayList<>();
    int notes = 0;
    for (Piece piece : pieces) {
      Matcher note = NOTE_MARK.matcher(piece.text());
      if (piece.mainContent() && note.lookingAt()) {
        notes++;
        labelled.add(piece.withText(NoteMarks.labelled(notes, piece.text().substring(note.end()))));
      } else {
        if (piece.mainContent()) {
          text.add(labelled.size());
        }
        labelled.add(piece);
      }
    }
    long citations =
        text.stream().mapToLong(i -> CITED.matcher(labelled.get(i).text()).results().count()).sum();
    if (notes > 0 && citations == notes) {
      int cited = 0;
      for (int i : text) {
        Matcher mark = CITED.matcher(labelled.get(i).text());
        StringBuilder marked = new StringBuilder();
        while (mark.find()) {
          mark.appendReplacement(marked, NoteMarks.mark(++cited));
        }
        labelled.set(i, labelled.get(i).withText(mark.appendTail(marked).toString()));
      }
    }
    return labelled;
  }

  private List<Piece> withoutComments(List<Piece> pieces) {
    TextTally left = commentTexts.copy();
    List<Piece> applied = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      String text = norm(piece.text());
      applied.add(
          left.take(text) ? piece.withText(text).setAsideAs(RawBlock.REVIEW_COMMENT) : piece);
    }
    return applied;
  }

  @Override
  public Map<String, List<String>> properties() {
    return ReviewMarkup.counts(body.changes(), comments, body.hidden().passages());
  }

  private static String norm(String text) {
    return WHITESPACE.matcher(MARKS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }
}
