package dev.copydesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.dedupe.PlantedCopies.Category;
import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Measured quality (issue 6): 600 distinct articles, 8 wire paragraphs each quoted by 3 of them,
 * and 100 planted copies per category, through each index. Recall per category, whether the flag is
 * the expected kind, false positives between distinct articles, and shared-passage recall.
 */
class DuplicateIndexQualityTest {

  private static final int DISTINCT = 600;
  private static final int COPIES_PER_CATEGORY = 100;
  private static final Corpus CORPUS = Corpus.build(20240611L);

  record Planted(Category category, String originalId, Entry entry) {}

  record Corpus(List<Entry> originals, List<Planted> copies, Map<String, Integer> wireBlock) {

    static Corpus build(long seed) {
      Random random = new Random(seed);
      DuplicateCorpusGenerator text = new DuplicateCorpusGenerator(seed);
      List<Entry> originals = new ArrayList<>();
      for (int i = 0; i < DISTINCT; i++) {
        originals.add(text.article(String.format("article-%03d", i), random));
      }
      Map<String, Integer> wireBlock = new HashMap<>();
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < DISTINCT; i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      for (int w = 0; w < DuplicateCorpusGenerator.WIRE_PARAGRAPHS.length; w++) {
        for (int holder : order.subList(w * 3, w * 3 + 3)) {
          Entry article = originals.get(holder);
          List<Block> body = new ArrayList<>(article.body());
          int at = random.nextInt(body.size() + 1);
          body.add(
              at,
              new Block(0, BlockKind.PARAGRAPH, DuplicateCorpusGenerator.WIRE_PARAGRAPHS[w], null));
          List<Block> indexed = new ArrayList<>();
          body.forEach(b -> indexed.add(new Block(indexed.size(), b.kind(), b.text(), null)));
          originals.set(holder, TestEntries.entry(article.id(), indexed));
          wireBlock.put(article.id(), at);
        }
      }
      PlantedCopies planter = new PlantedCopies(text);
      List<Planted> copies = new ArrayList<>();
      for (Category category : Category.values()) {
        for (int n = 0; n < COPIES_PER_CATEGORY; n++) {
          Entry original = originals.get(random.nextInt(DISTINCT));
          String id = category.name().toLowerCase() + "-" + n;
          copies.add(
              new Planted(category, original.id(), planter.copy(category, original, id, random)));
        }
      }
      Collections.shuffle(copies, random);
      return new Corpus(originals, copies, wireBlock);
    }
  }

  static Stream<Arguments> indexes() {
    Function<Path, DuplicateIndex> memory = dir -> new InMemoryDuplicateIndex();
    Function<Path, DuplicateIndex> sqlite = dir -> new SqliteDuplicateIndex(dir.resolve("i.db"));
    return Stream.of(Arguments.of("in-memory", memory), Arguments.of("sqlite", sqlite));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexes")
  void plantedCopiesAreFoundAndDistinctArticlesNeverMatch(
      String name, Function<Path, DuplicateIndex> factory, @TempDir Path dir) throws Exception {
    DuplicateIndex index = factory.apply(dir);
    List<String> falsePositives = new ArrayList<>();
    int sharedExpected = 0;
    int sharedFound = 0;
    Map<String, Integer> wireSeen = new HashMap<>();
    for (Entry original : CORPUS.originals()) {
      List<Flag> flags = index.matchAndAdd(original);
      flags.stream()
          .filter(DuplicateIndexQualityTest::isArticleMatch)
          .forEach(f -> falsePositives.add(original.id() + " ~ " + f.duplicateOfEntry()));
      Integer wire = CORPUS.wireBlock().get(original.id());
      if (wire != null) {
        String paragraph = original.body().get(wire).text();
        if (wireSeen.merge(paragraph, 1, Integer::sum) > 1) {
          sharedExpected++;
          sharedFound +=
              flags.stream()
                      .anyMatch(
                          f -> f.code() == FlagCode.SHARED_PASSAGE && f.blocks().contains(wire))
                  ? 1
                  : 0;
        }
      }
    }
    Map<Category, int[]> tally = new EnumMap<>(Category.class);
    long start = System.nanoTime();
    for (Planted copy : CORPUS.copies()) {
      int[] counts = tally.computeIfAbsent(copy.category(), c -> new int[3]);
      counts[0]++;
      List<Flag> matches =
          index.matchAndAdd(copy.entry()).stream()
              .filter(DuplicateIndexQualityTest::isArticleMatch)
              .toList();
      for (Flag flag : matches) {
        if (!family(flag.duplicateOfEntry()).equals(copy.originalId())) {
          falsePositives.add(copy.entry().id() + " ~ " + flag.duplicateOfEntry());
        } else {
          counts[1]++;
          boolean rightKind = flag.code() == expectedCode(copy.category());
          counts[2] += rightKind ? 1 : 0;
          if (!rightKind) {
            System.out.println("other kind: " + copy.entry().id() + " " + flag.message());
          }
        }
      }
    }
    long perCopyMicros = (System.nanoTime() - start) / 1000 / CORPUS.copies().size();
    if (index instanceof AutoCloseable closeable) {
      closeable.close();
    }

    report(name, tally, falsePositives, sharedFound, sharedExpected, perCopyMicros);
    assertThat(falsePositives).as("matches between distinct articles").isEmpty();
    assertThat(recall(tally, Category.EXACT)).isEqualTo(1.0);
    assertThat(recall(tally, Category.REFORMATTED)).isEqualTo(1.0);
    assertThat(recall(tally, Category.TRIMMED)).isGreaterThanOrEqualTo(0.95);
    assertThat(recall(tally, Category.WRAPPED)).isGreaterThanOrEqualTo(0.95);
    assertThat(recall(tally, Category.REORDERED)).isGreaterThanOrEqualTo(0.95);
    assertThat(recall(tally, Category.REVISION)).isGreaterThanOrEqualTo(0.95);
    for (Category category : Category.values()) {
      assertThat(rightKind(tally, category))
          .as("%s flagged as %s", category, expectedCode(category))
          .isGreaterThanOrEqualTo(0.95);
    }
    assertThat(sharedFound).isEqualTo(sharedExpected).isEqualTo(16);
  }

  private static boolean isArticleMatch(Flag flag) {
    return flag.code() == FlagCode.CROSS_DOCUMENT_DUPLICATE || flag.code() == FlagCode.REVISION_OF;
  }

  private static FlagCode expectedCode(Category category) {
    return category == Category.REVISION ? FlagCode.REVISION_OF : FlagCode.CROSS_DOCUMENT_DUPLICATE;
  }

  /** A copy's family is its original; copies of one original may match each other. */
  private static String family(String id) {
    return CORPUS.copies().stream()
        .filter(c -> c.entry().id().equals(id))
        .map(Planted::originalId)
        .findFirst()
        .orElse(id);
  }

  private static double recall(Map<Category, int[]> tally, Category category) {
    int[] counts = tally.get(category);
    return (double) counts[1] / counts[0];
  }

  private static double rightKind(Map<Category, int[]> tally, Category category) {
    int[] counts = tally.get(category);
    return (double) counts[2] / counts[0];
  }

  private static void report(
      String name,
      Map<Category, int[]> tally,
      List<String> falsePositives,
      int sharedFound,
      int sharedExpected,
      long perCopyMicros) {
    StringBuilder out =
        new StringBuilder(
            String.format(
                "%n[%s] %d distinct articles, %d planted copies, %d µs per copy%n%-12s %6s %6s %7s %10s%n",
                name,
                DISTINCT,
                CORPUS.copies().size(),
                perCopyMicros,
                "category",
                "copies",
                "found",
                "recall",
                "right kind"));
    tally.forEach(
        (category, c) ->
            out.append(
                String.format(
                    "%-12s %6d %6d %6.1f%% %9.1f%%%n",
                    category.name().toLowerCase(),
                    c[0],
                    c[1],
                    100.0 * c[1] / c[0],
                    100.0 * c[2] / c[0])));
    out.append(
        String.format(
            "false positives between distinct articles: %d %s%n",
            falsePositives.size(), falsePositives.stream().limit(5).toList()));
    out.append(
        String.format("shared wire passages found: %d of %d%n", sharedFound, sharedExpected));
    System.out.print(out);
  }
}
