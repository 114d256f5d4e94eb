package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Headings in RTF. A heading paragraph says so by its outline level ({@code \outlinelevel0} for
 * Heading 1, as Word, LibreOffice and pandoc write it), which Tika's RTF reader ignores: it printed
 * headings as paragraphs, or, when LibreOffice numbers its outline ({@code \ls}), as one-item
 * lists. {@link RtfPrefilter} marks the end of each such paragraph with a Unicode noncharacter;
 * {@link #apply} makes the marked pieces headings and takes the mark out.
 */
final class RtfHeadings {

  /** What the filter writes into the RTF before the paragraph's {@code \par}. */
  static final String HEADING_END_RTF = "{\\uc1\\u-557?}";

  private static final char HEADING_END = '\uFDD3';

  /** Outline levels 0–8 are headings 1–9; 9 is Word's "body text". */
  private static final int LAST_HEADING_LEVEL = 8;

  private RtfHeadings() {}

  /** Whether an {@code \outlinelevel} parameter makes the paragraph a heading. */
  static boolean isHeadingLevel(String param) {
    int level = RtfSource.number(param, 0);
    return level >= 0 && level <= LAST_HEADING_LEVEL;
  }

  /** The pieces, a marked one a heading without its mark. */
  static List<Piece> apply(List<Piece> pieces) {
    List<Piece> out = new ArrayList<>(pieces.size());
    for (Piece piece : pieces) {
      String text = piece.text();
      if (text.indexOf(HEADING_END) < 0) {
        out.add(piece);
        continue;
      }
      String unmarked = text.replace(String.valueOf(HEADING_END), "").strip();
      if (!unmarked.isEmpty()) {
        out.add(piece.withText(unmarked).withKind(BlockKind.HEADING));
      }
    }
    return out;
  }
}
