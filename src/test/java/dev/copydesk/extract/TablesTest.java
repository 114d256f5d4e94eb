package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.RawBlock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Tables of data as one block, layout tables cell by cell: on HTML through the block handler. */
class TablesTest {

  private static final String RESULTS =
      """
      <table><caption>Turnout by ward</caption>
        <tr><th>Ward</th><th>Turnout</th><th>Winner</th></tr>
        <tr><td>Northgate</td><td>44%</td><td>Labour</td></tr>
        <tr><td>Riverside<br>(new ward)</td><td></td><td>Green</td></tr>
      </table>""";

  @Test
  void aTableOfDataIsOneBlockOfRowsAndTabSeparatedCells() {
    List<Piece> pieces = collapsed("<p>Turnout rose.</p>" + RESULTS + "<p>The count ended.</p>");

    assertThat(pieces)
        .extracting(Piece::kind, Piece::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "Turnout rose."),
            org.assertj.core.groups.Tuple.tuple(BlockKind.CAPTION, "Turnout by ward"),
            org.assertj.core.groups.Tuple.tuple(
                BlockKind.TABLE,
                "Ward\tTurnout\tWinner\nNorthgate\t44%\tLabour\nRiverside (new ward)\t\tGreen"),
            org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "The count ended."));
    assertThat(pieces).allSatisfy(piece -> assertThat(piece.cell()).isNull());
  }

  @Test
  void shortRowsAreFilledOutToTheWidestRow() {
    assertThat(
            collapsed(
                "<table><tr><td>Pool</td><td>Opens</td><td>Closes</td></tr>"
                    + "<tr><td>Harlan Lido</td><td>7am</td></tr></table>"))
        .extracting(Piece::text)
        .containsExactly("Pool\tOpens\tCloses\nHarlan Lido\t7am\t");
  }

  @Test
  void layoutTablesStayCellByCell() {
    String longCell = "word ".repeat(Tables.MAX_CELL_WORDS + 1).strip();
    List<String> layouts =
        List.of(
            // a cell of several paragraphs
            "<table><tr><td><p>First paragraph.</p><p>Second.</p></td><td>b</td></tr>"
                + "<tr><td>c</td><td>d</td></tr></table>",
            // a cell of prose
            "<table><tr><td>"
                + longCell
                + "</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>",
            // a table inside a table
            "<table><tr><td><table><tr><td>x</td><td>y</td></tr><tr><td>z</td><td>w</td></tr>"
                + "</table></td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>",
            // one row
            "<table><tr><td>Single ticket</td><td>2.40 euros</td></tr></table>",
            // one column
            "<table><tr><td>Logo</td></tr><tr><td>Press release</td></tr></table>");

    for (String html : layouts) {
      assertThat(collapsed(html)).as(html).noneMatch(piece -> piece.kind() == BlockKind.TABLE);
    }
    assertThat(collapsed(layouts.get(0)))
        .extracting(Piece::text)
        .containsExactly("First paragraph.", "Second.", "b", "c", "d");
  }

  @Test
  void aTableOnlyPartlyInTheArticleStaysCellByCell() {
    List<Piece> cells = pieces(RESULTS.replace("<caption>Turnout by ward</caption>", ""));
    List<Piece> partly = new java.util.ArrayList<>(cells);
    partly.set(4, cells.get(4).setAsideAs(RawBlock.OUTSIDE_MAIN_CONTENT));

    assertThat(Tables.collapse(partly)).isEqualTo(partly);
  }

  @Test
  void aTableBrokenByAnotherBlockStaysCellByCell() {
    List<Piece> cells = pieces(RESULTS.replace("<caption>Turnout by ward</caption>", ""));
    List<Piece> broken = new java.util.ArrayList<>(cells);
    broken.add(4, new Piece(BlockKind.PARAGRAPH, null, "A note placed mid-table", 0, null));

    assertThat(Tables.collapse(broken)).isEqualTo(broken);
  }

  @Test
  void aMarkdownPipeTableIsATable() {
    UnaryOperator<String> inline = Markdown::inline;

    assertThat(
            Tables.pipeTable(
                "| Pool | Hours |\n|:-----|------:|\n| **Harlan Lido** | 7am\\|9pm |\n| Bay Baths |",
                inline))
        .contains("Pool\tHours\nHarlan Lido\t7am|9pm\nBay Baths\t");
    assertThat(Tables.pipeTable("Pool | Hours\n--- | ---\nLido | 7am", inline))
        .contains("Pool\tHours\nLido\t7am");
    assertThat(Tables.pipeTable("The vote was 9 | 4.\nNo table here.\nAt all.", inline)).isEmpty();
    assertThat(Tables.pipeTable("| Pool | Hours |\n|---|---|", inline)).isEmpty();
  }

  @Test
  void aHostileDelimiterRowIsAnsweredAtOnce() {
    String spaces = " ".repeat(200_000);
    String hostile = "a | b\n|-" + spaces + "-" + spaces + "x\nc | d";

    assertTimeoutPreemptively(
        Duration.ofSeconds(2), () -> assertThat(Tables.pipeTable(hostile, s -> s)).isEmpty());
  }

  private static List<Piece> collapsed(String html) {
    return Tables.collapse(pieces(html));
  }

  private static List<Piece> pieces(String html) {
    BlockHandler handler = new BlockHandler(BlockHandler.Mode.HTML);
    JsoupSax.walkVisible(Jsoup.parseBodyFragment(html), handler);
    return handler.pieces();
  }
}
