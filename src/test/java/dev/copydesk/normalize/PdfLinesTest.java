package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfLinesTest {

  /**
   * {@code split} only builds the joined head and tail of a cut where {@link PdfLines#mayRepeat}
   * says the tail can repeat the head: on 50,000 random blocks (hyphens, soft hyphens, repeated
   * lines, cases mixed) it never says no where the joined texts do repeat.
   */
  @Test
  void theRepeatPreCheckNeverMissesARepeat() {
    java.util.Random random = new java.util.Random(11);
    String[] pieces = {
      "Photo",
      "photo",
      "by",
      "Ann",
      "ann",
      "ann-",
      "Lee\u00AD",
      "x\u2010",
      "-",
      "\u00AD",
      "river",
      "Ri",
      "a",
      ""
    };
    int repeats = 0;
    for (int round = 0; round < 50_000; round++) {
      List<String> lines = new ArrayList<>();
      int count = 2 + random.nextInt(4);
      for (int n = 0; n < count; n++) {
        StringBuilder line = new StringBuilder();
        for (int w = 1 + random.nextInt(3); w > 0; w--) {
          line.append(pieces[random.nextInt(pieces.length)])
              .append(w > 1 && random.nextInt(3) > 0 ? " " : "");
        }
        lines.add(line.isEmpty() ? "a" : line.toString());
      }
      List<String> head = List.copyOf(lines.subList(0, 1 + random.nextInt(lines.size())));
      switch (random.nextInt(3)) {
        case 0 -> lines.addAll(head); // repeated line for line
        case 1 -> lines.add(TextCleaner.join(head, true)); // repeated, wrapped as one line
        default -> {}
      }
      for (int k = 1; k < lines.size(); k++) {
        String a = TextCleaner.join(lines.subList(0, k), true);
        String b = TextCleaner.join(lines.subList(k, lines.size()), true);
        if (b.equals(a) || b.startsWith(a + " ")) {
          repeats++;
          assertThat(PdfLines.mayRepeat(lines.get(0), lines.get(k)))
              .as("%s at %d", lines, k)
              .isTrue();
        }
      }
    }
    assertThat(repeats).isGreaterThan(1_000);
  }

  /** Lines of one block separated by "/", groups of the result separated by " ¦ ". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // heading glued to the paragraph below it
        "“We did not lose the town’s memory”/Library director Agnes Thornbury arrived while the"
            + " fire trucks were still on/the street. | HEADING:“We did not lose the town’s"
            + " memory” ¦ PARAGRAPH:Library director Agnes Thornbury arrived while the fire"
            + " trucks were still on the street.",
        // a title wrapped over two lines above the standfirst
        "Pellham harbor dredging stalls over/contaminated sediment/Tests found industrial solvents"
            + " in mud the port planned to dump/offshore. | HEADING:Pellham harbor dredging stalls"
            + " over contaminated sediment ¦ PARAGRAPH:Tests found industrial solvents in mud the"
            + " port planned to dump offshore.",
        // a byline under the standfirst
        "plate photographs survived, mostly./Priya Raman | PARAGRAPH:plate photographs survived,"
            + " mostly. ¦ PARAGRAPH:Priya Raman",
        // a caption repeated with its credit
        "Volunteers carry boxes out of the Millbrook Public Library/on Sunday./Volunteers carry"
            + " boxes out of the Millbrook Public Library/on Sunday. Photo: Sam Oyelaran |"
            + " PARAGRAPH:Volunteers carry boxes out of the Millbrook Public Library on Sunday. ¦"
            + " PARAGRAPH:Volunteers carry boxes out of the Millbrook Public Library on Sunday."
            + " Photo: Sam Oyelaran",
        // wrapped prose: a full first line that stops at a capitalised word
        "An electrical fire closed the 1911 Carnegie building on/Saturday. The town’s handwritten"
            + " ledgers survived. | PARAGRAPH:An electrical fire closed the 1911 Carnegie building"
            + " on Saturday. The town’s handwritten ledgers survived.",
        // a title wrapped in lower case stays one title
        "Volunteers race to save Millbrook’s local/history room after library fire |"
            + " PARAGRAPH:Volunteers race to save Millbrook’s local history room after library fire",
        // paragraphs set apart by nothing but the short last line of the first
        "The board voted to raise mooring tolls by twelve/percent from April after a long debate on"
            + " the/cost of dredging./Fishing crews said the increase would cost each/boat several"
            + " hundred euros a year. | PARAGRAPH:The board voted to raise mooring tolls by twelve"
            + " percent from April after a long debate on the cost of dredging. ¦ PARAGRAPH:Fishing"
            + " crews said the increase would cost each boat several hundred euros a year.",
        // a sentence ending on a full line says nothing of a paragraph's end
        "The board voted to raise mooring tolls by twelve/percent from April after a debate today./"
            + "Fishing crews said the increase would cost each/boat several hundred euros a year. |"
            + " PARAGRAPH:The board voted to raise mooring tolls by twelve percent from April after a"
            + " debate today. Fishing crews said the increase would cost each boat several hundred"
            + " euros a year.",
        // a name inside wrapped prose is not a byline
        "The grant was announced by the mayor, Elliot/Brandt Jones | PARAGRAPH:The grant was"
            + " announced by the mayor, Elliot Brandt Jones",
      })
  void splitsABlockWhereItsLinesSaySo(String lines, String expected) {
    List<String> groups =
        PdfLines.split(Arrays.asList(lines.split("/")), BlockKind.PARAGRAPH).stream()
            .map(g -> g.kind() + ":" + TextCleaner.join(g.lines(), true))
            .toList();
    assertThat(String.join(" ¦ ", groups)).isEqualTo(expected);
  }

  /** previous | next | pages (previous,next) | both single printed lines | joined. */
  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "deepen the main channel of Pellham | harbor has been halted | 1,1 | true | true",
        "operated from the 1880s until | the 1960s. Core samples | 1,2 | true | true",
        "operated from the 1880s until | the 1960s. Core samples | 1,3 | true | false",
        "expect this many,” said Graham Teller, executive director of the Pellham Port | Authority. “We are going"
            + " | 1,1 | true | true",
        "expect this many,” said Graham Teller, executive director of the Pellham Port | Authority. “We are going"
            + " | 1,1 | false | false",
        "expect this many,” said Graham Teller, executive director of the Pellham Port | Authority. “We are going"
            + " | 1,2 | true | false",
        "disposal site eleven miles offshore. | The remaining work is now on hold. | 1,1 | true"
            + " | false",
        "than anyone wants.” | The contaminated sediment lies | 1,1 | true | false",
        "A century of tanneries and boatyards | The contaminated sediment lies in a strip | 1,1 |"
            + " true | false",
        "2. The last crossing moves to 23:10, after the theatre | a. On Fridays it leaves at 23:40."
            + " | 1,1 | false | false",
        "the north pier and | (b) the islands | 1,1 | false | false",
        "the rule, | e.g. the north pier | 1,1 | false | true",
      })
  void joinsUnitsWhereTheTextRunsOn(
      String previous, String next, String pages, boolean printedLines, boolean joined) {
    String[] p = pages.split(",");
    Unit a = unit(previous, Integer.parseInt(p[0]), 0);
    Unit b = unit(next, Integer.parseInt(p[1]), 1);
    assertThat(PdfLines.continues(a, b, printedLines)).isEqualTo(joined);
  }

  @ParameterizedTest(name = "{0} + {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ledgers and glass- | plate photographs | 2,300 glass-plate negatives | ledgers and"
            + " glass-plate photographs",
        "the munici- | pal pool | nothing else | the municipal pool",
        "a well- | known face | nothing else | a wellknown face",
        "the harbor | mouth before | nothing else | the harbor mouth before",
      })
  void aBreakHyphenStaysOnlyWhereTheDocumentWritesIt(
      String previous, String next, String elsewhere, String expected) {
    assertThat(PdfLines.glue(previous, next, elsewhere)).isEqualTo(expected);
  }

  @Test
  void aLinePerBlockPdfBecomesParagraphsAndHeadings() {
    String[] page1 = {
      "Pellham harbor dredging stalls over\ncontaminated sediment\n"
          + "Tests found solvents in mud the port planned to dump\noffshore.",
      "By Ines Varga",
      "PELLHAM — A long-awaited project to deepen the main channel of Pellham",
      "harbor has been halted after laboratory tests found elevated levels of industrial",
      "solvents, port officials said Tuesday.",
      "A century of tanneries and boatyards\n"
          + "The contaminated sediment lies in a strip along the harbor’s north shore, where",
      "tanneries and several boatyards operated from the 1880s until",
    };
    String[] page2 = {
      "the 1960s. Core samples taken there in March contained concentrations of",
      "trichloroethylene above the limits set in the dredging permit, according to the Pellham",
      "Port Authority.",
      "Environmental consultants had sampled the area in 2019.",
    };
    List<RawBlock> blocks = new ArrayList<>();
    Arrays.stream(page1).forEach(t -> blocks.add(new RawBlock(BlockKind.PARAGRAPH, t, 1, true)));
    Arrays.stream(page2).forEach(t -> blocks.add(new RawBlock(BlockKind.PARAGRAPH, t, 2, true)));
    Entry entry =
        NormalizerTest.ok(
            new Extracted(
                NormalizerTest.source("application/pdf", "harbor"),
                blocks,
                Map.of(
                    "dc:title",
                    List.of("Pellham harbor dredging stalls over contaminated sediment"))));

    assertThat(entry.title())
        .isEqualTo("Pellham harbor dredging stalls over contaminated sediment");
    assertThat(entry.standfirst())
        .isEqualTo("Tests found solvents in mud the port planned to dump offshore.");
    assertThat(entry.authors()).containsExactly("Ines Varga");
    assertThat(entry.body())
        .extracting(b -> b.kind() + ":" + b.text())
        .containsExactly(
            "PARAGRAPH:PELLHAM — A long-awaited project to deepen the main channel of Pellham"
                + " harbor has been halted after laboratory tests found elevated levels of"
                + " industrial solvents, port officials said Tuesday.",
            "HEADING:A century of tanneries and boatyards",
            "PARAGRAPH:The contaminated sediment lies in a strip along the harbor’s north shore,"
                + " where tanneries and several boatyards operated from the 1880s until the 1960s."
                + " Core samples taken there in March contained concentrations of"
                + " trichloroethylene above the limits set in the dredging permit, according to"
                + " the Pellham Port Authority.",
            "PARAGRAPH:Environmental consultants had sampled the area in 2019.");
    assertThat(entry.body()).extracting(Block::index).containsExactly(0, 1, 2, 3);
  }

  private static Unit unit(String text, int page, int origin) {
    return new Unit(BlockKind.PARAGRAPH, text, page, origin, false, null);
  }
}
