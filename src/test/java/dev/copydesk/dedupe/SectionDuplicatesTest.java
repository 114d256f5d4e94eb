package dev.copydesk.dedupe;

import static dev.copydesk.dedupe.TestEntries.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Block;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.Removal;
import dev.copydesk.model.Severity;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SectionDuplicatesTest {

  private static final String A =
      "The council voted on Tuesday to close the old bridge for repairs"
          + " that engineers say are long overdue.";
  private static final String B =
      "Traffic will be diverted through the harbour road, adding about"
          + " ten minutes to the morning commute.";
  private static final String C =
      "Local shop owners fear the closure will keep customers away during"
          + " the busiest months of the year.";
  private static final String D =
      "The mayor promised compensation but gave no figures when asked"
          + " how much money had been set aside.";
  private static final String E =
      "Work is expected to start in March and to last at least eight"
          + " months if the weather allows it.";

  private final SectionDuplicates sections = new SectionDuplicates();

  @Test
  void aSectionPastedTwiceIsOneFlagWithBothRanges() {
    Entry out = sections.apply(paragraphs("a", List.of(A, B, C, A, B, C, D)), false);

    assertThat(codes(out)).containsExactly(FlagCode.DUPLICATE_SECTION);
    Flag flag = out.flags().get(0);
    assertThat(flag.blocks()).containsExactly(3, 4, 5);
    assertThat(flag.duplicateOfBlocks()).containsExactly(0, 1, 2);
    assertThat(flag.similarity()).isEqualTo(1.0);
    assertThat(flag.severity()).isEqualTo(Severity.WARNING);
    assertThat(flag.message()).isEqualTo("Paragraphs 4–6 repeat paragraphs 1–3 word for word");
    assertThat(out.body())
        .extracting(Block::duplicateOf)
        .containsExactly(null, null, null, 0, 1, 2, null);
    assertThat(out.body()).hasSize(7);
  }

  @Test
  void repeatsAreJudgedOnFoldedWordsNotOnTypography() {
    String retyped =
        "the council voted on tuesday — to close the OLD bridge\u00a0for re-\npairs that"
            + " engineers say are  \u201clong overdue\u201d";
    Entry out = sections.apply(paragraphs("a", List.of(A, B, retyped)), false);

    assertThat(out.flags())
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.code()).isEqualTo(FlagCode.DUPLICATE_SECTION);
              assertThat(flag.blocks()).containsExactly(2);
              assertThat(flag.duplicateOfBlocks()).containsExactly(0);
              assertThat(flag.message()).isEqualTo("Paragraph 3 repeats paragraph 1 word for word");
            });
  }

  @Test
  void aShortSingleRepeatIsNotASectionButTwoShortOnesInARowAre() {
    Entry single =
        sections.apply(
            paragraphs("a", List.of("Read the full report.", A, "Read the full report.")), false);
    Entry run =
        sections.apply(
            paragraphs(
                "b", List.of("Read the report.", "Share it.", A, "Read the report.", "Share it.")),
            false);

    assertThat(single.flags()).isEmpty();
    assertThat(run.flags()).singleElement().extracting(Flag::blocks).isEqualTo(List.of(3, 4));
  }

  @Test
  void aRepeatedCaptionIsItsOwnInfoFlag() {
    Entry out =
        sections.apply(
            paragraphs(
                "a",
                List.of(
                    "@ Police at the protest in Moscow.",
                    A,
                    "@ Police at the protest in Moscow.",
                    B)),
            false);

    assertThat(out.flags())
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.code()).isEqualTo(FlagCode.DUPLICATE_CAPTION);
              assertThat(flag.severity()).isEqualTo(Severity.INFO);
              assertThat(flag.blocks()).containsExactly(2);
              assertThat(flag.duplicateOfBlocks()).containsExactly(0);
            });
    assertThat(out.body().get(2).duplicateOf()).isZero();
  }

  @Test
  void anEditedParagraphIsANearDuplicateWithItsSimilarity() {
    String edited = A.replace("Tuesday", "Wednesday").replace("long overdue", "overdue");
    Entry out = sections.apply(paragraphs("a", List.of(A, B, C, edited)), false);

    assertThat(out.flags())
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.code()).isEqualTo(FlagCode.NEAR_DUPLICATE_SECTION);
              assertThat(flag.blocks()).containsExactly(3);
              assertThat(flag.duplicateOfBlocks()).containsExactly(0);
              assertThat(flag.similarity()).isBetween(0.5, 0.99);
              assertThat(flag.message())
                  .startsWith("Paragraph 4 nearly repeats paragraph 1 (similarity 0.");
            });
  }

  @Test
  void aQuoteRestatingASentenceIsAPullQuote() {
    Entry out =
        sections.apply(
            paragraphs(
                "a",
                List.of(
                    A + " " + B,
                    "> \u201cAdding about ten" + " minutes to the morning commute\u201d",
                    C)),
            false);

    assertThat(out.flags())
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.code()).isEqualTo(FlagCode.PULL_QUOTE);
              assertThat(flag.severity()).isEqualTo(Severity.INFO);
              assertThat(flag.blocks()).containsExactly(1);
              assertThat(flag.duplicateOfBlocks()).containsExactly(0);
              // Counted from 1, as the upload page and the WordPress note count blocks.
              assertThat(flag.message())
                  .isEqualTo("Quote 2 restates text of paragraph 1 (a pull quote)");
            });
  }

  @Test
  void distinctParagraphsGiveNoFlags() {
    assertThat(sections.apply(paragraphs("a", List.of(A, B, C, D, E)), false).flags()).isEmpty();
  }

  @Test
  void dropExactRemovesRepeatsRenumbersAndSaysSo() {
    Entry in =
        paragraphs(
            "a",
            List.of(
                A, B, A, B, C, "@ A caption.", "@ A caption.", C.replace("busiest", "quietest")));
    Entry out = sections.apply(in, true);

    assertThat(out.body())
        .extracting(Block::text)
        .containsExactly(A, B, C, "A caption.", "A caption.", C.replace("busiest", "quietest"));
    assertThat(out.body()).extracting(Block::index).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(out.removed())
        .containsExactly(
            new Removal(A, "duplicate-section", 1), new Removal(B, "duplicate-section", 1));
    assertThat(out.wordCount()).isEqualTo(in.wordCount() - TextFold.wordCount(A + " " + B));
    Flag section = out.flags().get(0);
    assertThat(section.code()).isEqualTo(FlagCode.DUPLICATE_SECTION);
    assertThat(section.blocks()).isEmpty();
    assertThat(section.duplicateOfBlocks()).containsExactly(0, 1);
    assertThat(section.message())
        .isEqualTo("Removed 2 paragraphs that repeated paragraphs 1–2 word for word");
    assertThat(codes(out))
        .containsExactly(
            FlagCode.DUPLICATE_SECTION,
            FlagCode.DUPLICATE_CAPTION,
            FlagCode.NEAR_DUPLICATE_SECTION);
    assertThat(out.flags().get(1).blocks()).containsExactly(4);
    assertThat(out.flags().get(2).blocks()).containsExactly(5);
    assertThat(out.flags().get(2).duplicateOfBlocks()).containsExactly(2);
    assertThat(out.body().get(4).duplicateOf()).isEqualTo(3);
  }

  @Test
  void flagModeKeepsEveryBlockAndTheWordCount() {
    Entry in = paragraphs("a", List.of(A, B, A, B));
    Entry out = sections.apply(in, false);

    assertThat(out.body()).extracting(Block::text).containsExactly(A, B, A, B);
    assertThat(out.wordCount()).isEqualTo(in.wordCount());
    assertThat(out.removed()).isEmpty();
  }

  @Test
  void theSampleArticlesPastedSectionIsFoundAndItsPullQuoteIsOnlyInfo() throws Exception {
    Path sample = Path.of("../shared/samples/000_9bc8c0bda46f3300.txt");
    List<String> texts =
        Arrays.stream(Files.readString(sample).split("\\n\\s*\\n"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    Entry out = sections.apply(paragraphs("fp", texts), false);

    List<Flag> pasted =
        out.flags().stream().filter(f -> f.code() == FlagCode.DUPLICATE_SECTION).toList();
    assertThat(pasted)
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.blocks()).hasSize(3);
              assertThat(texts.get(flag.blocks().get(0))).startsWith("By many accounts");
              assertThat(texts.get(flag.duplicateOfBlocks().get(0))).startsWith("By many accounts");
            });
    assertThat(out.flags())
        .filteredOn(f -> f.code() == FlagCode.PULL_QUOTE)
        .singleElement()
        .satisfies(
            flag ->
                assertThat(texts.get(flag.blocks().get(0)))
                    .startsWith("Putin’s final and irreversible"));
    assertThat(out.flags()).noneMatch(f -> f.code() == FlagCode.NEAR_DUPLICATE_SECTION);
  }

  @Test
  void aTwoThousandParagraphBodyIsQuick() {
    Random random = new Random(7);
    DuplicateCorpusGenerator generator = new DuplicateCorpusGenerator(11);
    List<String> texts = new ArrayList<>();
    while (texts.size() < 1_990) {
      texts.add(generator.paragraph(random));
    }
    texts.addAll(texts.subList(100, 110));
    Entry in = paragraphs("big", texts);
    sections.apply(in, false);
    // Thread CPU time, not wall time: the build machine is shared and a wait for a core is no
    // slowness of ours. Measured 0.08–0.3 s; comparing every pair would take well over 1 s.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    Entry out = sections.apply(in, false);
    long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;

    assertThat(out.flags())
        .filteredOn(f -> f.code() == FlagCode.DUPLICATE_SECTION)
        .singleElement()
        .extracting(Flag::duplicateOfBlocks)
        .isEqualTo(List.of(100, 101, 102, 103, 104, 105, 106, 107, 108, 109));
    assertThat(out.flags()).noneMatch(f -> f.code() == FlagCode.NEAR_DUPLICATE_SECTION);
    assertThat(millis).as("2,000 paragraphs in %d ms of CPU", millis).isLessThan(1_000);
  }

  private static List<FlagCode> codes(Entry entry) {
    return entry.flags().stream().map(Flag::code).toList();
  }
}
