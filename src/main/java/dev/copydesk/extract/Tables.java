package dev.copydesk.extract;

import dev.copydesk.model.BlockKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Tables of data (results, opening times, figures) as one {@link BlockKind#TABLE} block each, its
 * rows one per line and its cells separated by tabs, instead of a paragraph per cell. A table laid
 * out for the page rather than for its data stays cell by cell, as before: one whose cells hold
 * several paragraphs or more than {@value #MAX_CELL_WORDS} words, one holding another table, one
 * with fewer than two rows of two cells, or one only partly in the article.
 */
final class Tables {

  /** Where a piece was written: the document's n-th outermost table, its row and column. */
  record Cell(int table, int row, int column) {}

  static final int MAX_CELL_WORDS = 30;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * A Markdown table's delimiter row: {@code |---|:--:|}. Possessive: runs of spaces are never
   * split between two {@code \\s*} (a long line of them would take quadratic time).
   */
  private static final Pattern PIPE_DELIMITER =
      Pattern.compile("^\\s*+\\|?\\s*+:?-++:?\\s*+(?:\\|\\s*+:?-++:?\\s*+)*+\\|?\\s*+$");

  /** A cell boundary in a Markdown table row: a pipe not escaped. */
  private static final Pattern PIPE = Pattern.compile("(?<!\\\\)\\|");

  private Tables() {}

  /** The pieces, with each table of data as one piece. */
  static List<Piece> collapse(List<Piece> pieces) {
    Set<Integer> broken = interrupted(pieces);
    List<Piece> out = new ArrayList<>(pieces.size());
    int i = 0;
    while (i < pieces.size()) {
      Cell cell = pieces.get(i).cell();
      if (cell == null) {
        out.add(pieces.get(i++));
        continue;
      }
      int end = i + 1;
      while (end < pieces.size()
          && pieces.get(end).cell() != null
          && pieces.get(end).cell().table() == cell.table()) {
        end++;
      }
      List<Piece> run = pieces.subList(i, end);
      Optional<Piece> table = broken.contains(cell.table()) ? Optional.empty() : table(run);
      if (table.isPresent()) {
        out.add(table.get());
      } else {
        run.stream().filter(piece -> !piece.text().isEmpty()).forEach(out::add);
      }
      i = end;
    }
    return out;
  }

  /**
   * A Markdown pipe table ({@code | Ward | Turnout |}, then {@code |---|---|}, then the rows): its
   * text as a table block's, the cells read with {@code inline}; else empty.
   */
  static Optional<String> pipeTable(String text, UnaryOperator<String> inline) {
    String[] lines = text.split("\n");
    if (lines.length < 3 || !PIPE_DELIMITER.matcher(lines[1]).matches()) {
      return Optional.empty();
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (i == 1) {
        continue;
      }
      String line = lines[i].strip();
      if (!line.contains("|")) {
        return Optional.empty();
      }
      line = line.startsWith("|") ? line.substring(1) : line;
      line =
          line.endsWith("|") && !line.endsWith("\\|") ? line.substring(0, line.length() - 1) : line;
      List<String> cells = new ArrayList<>();
      for (String cell : PIPE.split(line, -1)) {
        cells.add(inline.apply(cell.replace("\\|", "|")));
      }
      rows.add(cells);
    }
    return Optional.of(text(rows));
  }

  /** Tables whose pieces do not all follow one another: another block came between them. */
  private static Set<Integer> interrupted(List<Piece> pieces) {
    Set<Integer> seen = new HashSet<>();
    Set<Integer> broken = new HashSet<>();
    Integer current = null;
    for (Piece piece : pieces) {
      Integer table = piece.cell() == null ? null : piece.cell().table();
      if (!Objects.equals(table, current) && table != null && !seen.add(table)) {
        broken.add(table);
      }
      current = table;
    }
    return broken;
  }

  /** One table's pieces as a table block, if it is a table of data. */
  private static Optional<Piece> table(List<Piece> run) {
    Piece first = run.get(0);
    Map<Integer, TreeMap<Integer, String>> rows = new TreeMap<>();
    for (Piece piece : run) {
      TreeMap<Integer, String> row = rows.computeIfAbsent(piece.cell().row(), r -> new TreeMap<>());
      boolean laidOut =
          !Objects.equals(piece.setAside(), first.setAside())
              || piece.page() != first.page()
              || row.containsKey(piece.cell().column())
              || MailText.words(piece.text()) > MAX_CELL_WORDS;
      if (laidOut) {
        return Optional.empty();
      }
      row.put(piece.cell().column(), piece.text());
    }
    if (rows.values().stream().filter(row -> row.size() >= 2).count() < 2) {
      return Optional.empty();
    }
    List<List<String>> cells = new ArrayList<>();
    for (TreeMap<Integer, String> row : rows.values()) {
      List<String> line = new ArrayList<>();
      for (int column = 0; column <= row.lastKey(); column++) {
        line.add(row.getOrDefault(column, ""));
      }
      cells.add(line);
    }
    return Optional.of(
        new Piece(BlockKind.TABLE, null, text(cells), first.page(), first.setAside()));
  }

  /**
   * Rows one per line, cells separated by tabs, short rows filled out with empty cells; a cell's
   * own line breaks and tabs are spaces.
   */
  private static String text(List<List<String>> rows) {
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    List<String> lines = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      List<String> cells = new ArrayList<>(width);
      row.forEach(cell -> cells.add(WHITESPACE.matcher(cell).replaceAll(" ").strip()));
      while (cells.size() < width) {
        cells.add("");
      }
      lines.add(String.join("\t", cells));
    }
    return String.join("\n", lines);
  }
}
