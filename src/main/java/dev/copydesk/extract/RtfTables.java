package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables in RTF. Tika's RTF reader prints each table cell as a paragraph and says nothing of the
 * table, so {@link RtfPrefilter} marks the text: a paragraph in a table ({@code \intbl}), the end
 * of a cell ({@code \cell}) and of a row ({@code \row}), with Unicode noncharacters, which no
 * document holds as text. {@link #cells} reads the marks back into {@link Piece#cell}s, for {@link
 * Tables}, and takes them out of the text.
 */
final class RtfTables {

  /** What the filter writes into the RTF: each mark as a Unicode escape in a group of its own. */
  static final String IN_TABLE_RTF = "{\\uc1\\u-558?}";

  static final String CELL_END_RTF = "{\\uc1\\u-560?}";
  static final String ROW_END_RTF = "{\\uc1\\u-559?}";

  private static final char CELL_END = '\uFDD0';
  private static final char ROW_END = '\uFDD1';
  private static final char IN_TABLE = '\uFDD2';

  private RtfTables() {}

  /**
   * The pieces, without the marks; a cell's pieces carry its table, row and column. A cell's text
   * is its paragraph; some writers (pandoc) end it with {@code \par} before {@code \cell}, which
   * Tika prints as the paragraph and an empty one. A cell of several paragraphs gives each the same
   * coordinates, so {@link Tables} sees a layout table.
   */
  static List<Piece> cells(List<Piece> pieces) {
    List<Piece> out = new ArrayList<>(pieces.size());
    List<Piece> cell = new ArrayList<>();
    int table = 0;
    int row = 0;
    int column = -1;
    boolean inTable = false;
    for (Piece piece : pieces) {
      String text = piece.text();
      boolean endsCell = text.indexOf(CELL_END) >= 0;
      boolean rowEnded = text.indexOf(ROW_END) >= 0;
      // After a table's last row its row mark comes first: the paragraph is not in the table.
      boolean inRow = text.lastIndexOf(IN_TABLE) > text.lastIndexOf(ROW_END);
      String clean = unmarked(text);
      if (!endsCell && !inRow) {
        out.addAll(cell);
        cell.clear();
        inTable = false;
        if (!clean.isEmpty()) {
          out.add(clean.equals(text) ? piece : piece.withText(clean));
        }
        continue;
      }
      if (!inTable) {
        table++;
        row = 0;
        column = -1;
        inTable = true;
      } else if (rowEnded) {
        row++;
        column = -1;
      }
      if (!clean.isEmpty() || (endsCell && cell.isEmpty())) {
        cell.add(piece.withText(clean));
      }
      if (endsCell) {
        Tables.Cell at = new Tables.Cell(table, row, ++column);
        cell.forEach(paragraph -> out.add(paragraph.inCell(at)));
        cell.clear();
      }
    }
    out.addAll(cell);
    return out;
  }

  private static String unmarked(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != CELL_END && c != ROW_END && c != IN_TABLE) {
        out.append(c);
      }
    }
    return out.length() == text.length() ? text : out.toString().strip();
  }
}
