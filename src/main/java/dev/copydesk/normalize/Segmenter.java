package dev.copydesk.normalize;

import static java.util.stream.Collectors.joining;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Turns extracted blocks into cleaned units. A block's single line breaks are soft (prose wrapping:
 * joined with a space) unless the lines are separate things: a boilerplate or metadata line, a
 * repeated caption, a list, or lines that each end a sentence; a table's lines are its rows. Blocks
 * outside a web page's main content are recorded as removed, not dropped silently.
 */
final class Segmenter {

  /**
   * A line that is a list item: a bullet (also a symbol font's, U+F000–U+F0FF, as Word's Symbol and
   * Wingdings bullets come out of RTF and PDF), or a number or letter ({@code 2.}, {@code b)}).
   */
  private static final Pattern LIST_ITEM =
      Pattern.compile("^(?:[-*•–·▪\\uF000-\\uF0FF]|\\(?(?:\\d{1,3}|[a-zA-Z])[.)])\\s+\\S.*");

  /** A bulleted line of plain text ({@code * Deal averts walkout}): a list item. */
  private static final Pattern BULLET = Pattern.compile("^[-*•▪\\uF000-\\uF0FF]\\s+(?=\\S)");

  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:…\"”’)]$");
  private static final Pattern STARTS_UPPER = Pattern.compile("^[\\p{Lu}\\p{N}\"“‘'(].*");

  /** A line ending in a comma, semicolon or hyphen goes on in the next one. */
  private static final Pattern CONTINUES = Pattern.compile(".*[,;\\-]$");

  /** Wrapped prose never has lines longer than this; longer lines are paragraphs of their own. */
  private static final int WRAP_WIDTH = 100;

  private static final int SHORT_LINE_WORDS = 8;

  private Segmenter() {}

  static Pass segment(List<RawBlock> blocks) {
    List<Unit> units = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      RawBlock block = blocks.get(i);
      boolean pdf = block.page() > 0;
      List<String> lines = TextCleaner.lines(block.text(), pdf);
      if (lines.isEmpty()) {
        continue;
      }
      if (!block.mainContent()) {
        removed.add(Removals.one(TextCleaner.join(lines, pdf), block.setAside()));
      } else if (block.kind() == BlockKind.TABLE) {
        String table = table(block.text());
        if (!table.isEmpty()) {
          units.add(new Unit(BlockKind.TABLE, table, block.page(), i, false, null));
        }
      } else if (pdf && lines.size() > 1 && lines.stream().anyMatch(Segmenter::standalone)) {
        units.addAll(aroundStandalone(lines, block, i));
      } else if (lines.size() > 1 && hardBreaks(lines, pdf)) {
        for (String line : lines) {
          units.add(
              new Unit(
                  block.kind(), TextCleaner.join(List.of(line), pdf), block.page(), i, true, null));
        }
      } else if (pdf && lines.size() > 1) {
        List<PdfLines.Group> groups = PdfLines.split(lines, block.kind());
        for (PdfLines.Group group : groups) {
          String text = TextCleaner.join(group.lines(), true);
          units.add(new Unit(group.kind(), text, block.page(), i, groups.size() > 1, null));
        }
      } else {
        units.add(
            new Unit(block.kind(), TextCleaner.join(lines, pdf), block.page(), i, false, null));
      }
    }
    return new Pass(units.stream().map(Segmenter::bulleted).toList(), removed);
  }

  /**
   * A table's rows, one per line, each cell cleaned as a line of text is (which would make the tabs
   * between cells spaces); a row or a column left with no text goes, and every row is as wide as
   * the widest, so a cell's column is its place on the line.
   */
  private static String table(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String row : TextCleaner.splitLines(text)) {
      List<String> cells = new ArrayList<>();
      for (String cell : row.split("\t", -1)) {
        cells.add(TextCleaner.clean(cell));
      }
      if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
        rows.add(cells);
      }
    }
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    List<Integer> columns =
        IntStream.range(0, width)
            .filter(column -> rows.stream().anyMatch(row -> !cell(row, column).isEmpty()))
            .boxed()
            .toList();
    return rows.stream()
        .map(row -> columns.stream().map(column -> cell(row, column)).collect(joining("\t")))
        .collect(joining("\n"));
  }

  private static String cell(List<String> row, int column) {
    return column < row.size() ? row.get(column) : "";
  }

  /**
   * A paragraph that is a bulleted line, as plain text writes a list ({@code * Wages rise 18.5%}),
   * is a list item without its bullet; a press release's {@code - more -} is not.
   */
  private static Unit bulleted(Unit unit) {
    var bullet = BULLET.matcher(unit.text());
    if (unit.kind() != BlockKind.PARAGRAPH
        || !bullet.lookingAt()
        || EndMarks.isContinuation(unit.text())
        || EndMarks.isEnd(unit.text())) {
      return unit;
    }
    return unit.withKind(BlockKind.LIST).withText(unit.text().substring(bullet.end()));
  }

  /** Whether the lines of one block are separate units rather than wrapped prose. */
  static boolean hardBreaks(List<String> lines, boolean pdf) {
    if (lines.stream().anyMatch(Segmenter::standalone) || separateThings(lines)) {
      return true;
    }
    // PDF lines are layout: only the strong signals above may split them.
    return !pdf && (unwrapped(lines) || shortLines(lines) || sentencePerLine(lines));
  }

  /**
   * A PDF block with a line of its own in it (a byline, a dateline, an ad label) among wrapped
   * lines: that line is a unit, and the lines between such lines are paragraphs as PDF lines are
   * ({@link PdfLines#split}). Splitting every line of the block made a column of prose a paragraph
   * per line.
   */
  private static List<Unit> aroundStandalone(List<String> lines, RawBlock block, int origin) {
    List<Unit> units = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (String line : lines) {
      if (standalone(line)) {
        units.addAll(pdfParagraphs(run, block, origin));
        run.clear();
        units.add(pdfUnit(block.kind(), List.of(line), block, origin));
      } else {
        run.add(line);
      }
    }
    units.addAll(pdfParagraphs(run, block, origin));
    return units;
  }

  private static List<Unit> pdfParagraphs(List<String> run, RawBlock block, int origin) {
    if (run.isEmpty()) {
      return List.of();
    }
    if (separateThings(run)) {
      return run.stream().map(line -> pdfUnit(block.kind(), List.of(line), block, origin)).toList();
    }
    return PdfLines.split(run, block.kind()).stream()
        .map(group -> pdfUnit(group.kind(), group.lines(), block, origin))
        .toList();
  }

  /** PDF lines of one block as a unit of their own (never glued to the block's other units). */
  private static Unit pdfUnit(BlockKind kind, List<String> lines, RawBlock block, int origin) {
    return new Unit(kind, TextCleaner.join(lines, true), block.page(), origin, true, null);
  }

  /** Lines that are each a thing of their own in any layout: a repeated caption, list items. */
  private static boolean separateThings(List<String> lines) {
    return repeats(lines) || lines.stream().allMatch(l -> LIST_ITEM.matcher(l).matches());
  }

  private static boolean standalone(String line) {
    return BoilerplateRules.match(line).isPresent() || MetadataLines.isMetadataLine(line);
  }

  /** A line repeated by the next one, alone or with a credit appended: a scraped caption. */
  private static boolean repeats(List<String> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      String a = lines.get(i);
      String b = lines.get(i + 1);
      if (a.equals(b) || b.startsWith(a + " ") || a.startsWith(b + " ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean unwrapped(List<String> lines) {
    return lines.subList(0, lines.size() - 1).stream().anyMatch(l -> l.length() > WRAP_WIDTH);
  }

  private static boolean shortLines(List<String> lines) {
    return lines.stream()
        .allMatch(
            l ->
                !TextCleaner.hasMoreWords(l, SHORT_LINE_WORDS)
                    && STARTS_UPPER.matcher(l).matches()
                    && !CONTINUES.matcher(l).matches());
  }

  /** Three or more lines that each end a sentence: a one-in-many chance for wrapped prose. */
  private static boolean sentencePerLine(List<String> lines) {
    return lines.size() >= 3
        && lines.subList(0, lines.size() - 1).stream()
            .allMatch(l -> SENTENCE_END.matcher(l).matches())
        && lines.subList(1, lines.size()).stream().allMatch(l -> STARTS_UPPER.matcher(l).matches());
  }
}
