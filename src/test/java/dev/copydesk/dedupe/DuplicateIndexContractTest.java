package dev.copydesk.dedupe;

import static dev.copydesk.dedupe.TestEntries.paragraphs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link DuplicateIndex} promises, run against both implementations. */
class DuplicateIndexContractTest {

  private static final DuplicateCorpusGenerator TEXT = new DuplicateCorpusGenerator(5);
  private static final String WIRE = DuplicateCorpusGenerator.WIRE_PARAGRAPHS[0];

  @TempDir Path dir;
  private DuplicateIndex index;

  static Stream<Arguments> indexes() {
    Function<Path, DuplicateIndex> memory = dir -> new InMemoryDuplicateIndex();
    Function<Path, DuplicateIndex> sqlite = dir -> new SqliteDuplicateIndex(dir.resolve("i.db"));
    return Stream.of(Arguments.of("in-memory", memory), Arguments.of("sqlite", sqlite));
  }

  @AfterEach
  void close() throws Exception {
    if (index instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexes")
  void theSameArticleAgainIsACrossDocumentDuplicateOfTheEarlierId(
      String name, Function<Path, DuplicateIndex> factory) {
    index = factory.apply(dir);
    List<String> body = article(1);
    index.add(paragraphs("docx-id", body));

    List<Flag> flags =
        index.matches(
            paragraphs(
                "pdf-id",
                body.stream().map(p -> p.replace(' ', '\n').replace("'", "\u2019")).toList()));

    assertThat(flags)
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.code()).isEqualTo(FlagCode.CROSS_DOCUMENT_DUPLICATE);
              assertThat(flag.severity()).isEqualTo(Severity.WARNING);
              assertThat(flag.duplicateOfEntry()).isEqualTo("docx-id");
              assertThat(flag.similarity()).isEqualTo(1.0);
              assertThat(flag.message()).startsWith("Same article as entry docx-id");
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexes")
  void anEntryIsNeverMatchedAgainstItselfAndReAddingReplaces(
      String name, Function<Path, DuplicateIndex> factory) {
    index = factory.apply(dir);
    List<String> first = article(2);
    List<String> second = article(3);
    index.add(paragraphs("a", first));

    assertThat(index.matches(paragraphs("a", first))).isEmpty();
    index.add(paragraphs("a", second));
    assertThat(index.matches(paragraphs("b", first))).isEmpty();
    assertThat(index.matches(paragraphs("c", second)))
        .extracting(Flag::duplicateOfEntry)
        .containsExactly("a");
  }

  /**
   * The same file sent again (the same id) gets the flags it got the first time: it is matched only
   * against the entries added before it was, and keeps its place. Before, the earlier of two copies
   * sent again was flagged as a duplicate of the later one, and a later re-send of that one then
   * saw no duplicate at all.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("indexes")
  void theSameFileAgainGetsTheFlagsItGotTheFirstTime(
      String name, Function<Path, DuplicateIndex> factory) {
    index = factory.apply(dir);
    List<String> body = article(7);
    Entry docx = paragraphs("docx-id", body);
    Entry pdf = paragraphs("pdf-id", body);
    assertThat(index.matchAndAdd(docx)).isEmpty();
    assertThat(index.matchAndAdd(pdf))
        .extracting(Flag::duplicateOfEntry)
        .containsExactly("docx-id");

    assertThat(index.matchAndAdd(docx)).isEmpty();
    assertThat(index.matchAndAdd(pdf))
        .extracting(Flag::duplicateOfEntry)
        .containsExactly("docx-id");
    assertThat(index.matches(paragraphs("copy-id", body)))
        .extracting(Flag::duplicateOfEntry)
        .containsExactly("docx-id");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexes")
  void anEditedCopyIsALikelyRevision(String name, Function<Path, DuplicateIndex> factory) {
    index = factory.apply(dir);
    List<String> body = article(4);
    index.add(paragraphs("v1", body));
    List<String> edited = new ArrayList<>(body);
    edited.set(2, edited.get(2).replaceFirst("^\\S+ \\S+ \\S+", "Corrected: the figures"));
    edited.add(4, TEXT.paragraph(new Random(99)));

    assertThat(index.matches(paragraphs("v2", edited)))
        .singleElement()
        .satisfies(
            flag -> {
              assertThat(flag.code()).isEqualTo(FlagCode.REVISION_OF);
              assertThat(flag.duplicateOfEntry()).isEqualTo("v1");
              assertThat(flag.similarity()).isBetween(0.5, 1.0);
              assertThat(flag.message())
                  .startsWith(
                      "Likely a revision of entry v1: 2 paragraph(s) new or changed, 1 no longer present");
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexes")
  void aQuotedWireParagraphIsASharedPassageWithBothBlockLists(
      String name, Function<Path, DuplicateIndex> factory) {
    index = factory.apply(dir);
    List<String> one = new ArrayList<>(article(5));
    one.add(1, WIRE);
    List<String> two = new ArrayList<>(article(6));
    two.add(3, WIRE);
    index.add(paragraphs("one", one));

    Flag flag = sharedWithOne(index.matches(paragraphs("two", two)), 3, 1);
    assertThat(flag.severity()).isEqualTo(Severity.INFO);
    assertThat(flag.message()).isEqualTo("Paragraph 4 appears also in entry one (paragraph 2)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexes")
  void aPassageFarDownALongArticleIsFoundAsInAShortOne(
      String name, Function<Path, DuplicateIndex> factory) {
    index = factory.apply(dir);
    List<String> one = new ArrayList<>(article(5));
    one.add(2, WIRE);
    List<String> longer = new ArrayList<>();
    for (int i = 0; longer.size() < 3 * IndexStatements.KEYS_PER_QUERY; i++) {
      longer.addAll(article(100 + i));
    }
    int at = 2 * IndexStatements.KEYS_PER_QUERY + 5;
    longer.add(at, WIRE);
    index.add(paragraphs("one", one));

    sharedWithOne(index.matches(paragraphs("long", longer)), at, 2);
  }

  /**
   * The one flag: a passage shared with entry "one", here block {@code at}, there {@code there}.
   */
  private static Flag sharedWithOne(List<Flag> flags, int at, int there) {
    assertThat(flags).hasSize(1);
    Flag flag = flags.get(0);
    assertThat(flag.code()).isEqualTo(FlagCode.SHARED_PASSAGE);
    assertThat(flag.duplicateOfEntry()).isEqualTo("one");
    assertThat(flag.blocks()).containsExactly(at);
    assertThat(flag.matchedBlocks()).containsExactly(there);
    return flag;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexes")
  void aParagraphInManyEntriesIsStockTextNotASharedPassage(
      String name, Function<Path, DuplicateIndex> factory) {
    index = factory.apply(dir);
    String bio =
        "Jane Doe is a senior correspondent who covers energy and climate policy for the"
            + " Northern Ledger.";
    for (int i = 0; i <= CrossMatcher.STOCK_PARAGRAPH_ENTRIES; i++) {
      List<String> body = new ArrayList<>(article(10 + i));
      body.add(bio);
      index.add(paragraphs("bio-" + i, body));
    }
    List<String> last = new ArrayList<>(article(40));
    last.add(bio);

    assertThat(index.matches(paragraphs("bio-last", last))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indexes")
  void anEmptyBodyMatchesNothing(String name, Function<Path, DuplicateIndex> factory) {
    index = factory.apply(dir);
    index.add(paragraphs("empty", List.of()));
    index.add(paragraphs("full", article(7)));

    assertThat(index.matches(paragraphs("empty-2", List.of()))).isEmpty();
  }

  static List<String> article(int seed) {
    Entry entry = TEXT.article("x", new Random(seed));
    List<String> texts = new ArrayList<>();
    entry.body().forEach(b -> texts.add(b.text()));
    while (texts.size() < 6) {
      texts.add(TEXT.paragraph(new Random(seed * 31L + texts.size())));
    }
    return texts;
  }
}
