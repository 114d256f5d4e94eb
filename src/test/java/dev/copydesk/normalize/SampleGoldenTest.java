package dev.copydesk.normalize;

import static dev.copydesk.normalize.NormalizerTest.codes;
import static dev.copydesk.normalize.NormalizerTest.ok;
import static dev.copydesk.normalize.NormalizerTest.provenance;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.Removal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared samples (../shared/samples, read in place), built as the extractor builds plain text.
 * A missing samples folder fails these tests: it must never pass silently.
 */
class SampleGoldenTest {

  static final String FP = "000_9bc8c0bda46f3300.txt";
  static final String HOTAIR = "004_130a55b5c249d309.txt";
  static final Path GOLDEN = Path.of("src/test/resources/golden/normalize");
  static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  @Test
  void foreignPolicy() {
    Entry entry = ok(PlainText.sample(FP));
    assertThat(entry.title()).isEqualTo("As War Hits the Homefront, Russia’s Defeat Inches Closer");
    assertThat(entry.standfirst())
        .isEqualTo(
            "Battlefield losses, military corruption, and a "
                + "disastrous mobilization drive have broken the social contract.");
    assertThat(entry.authors()).containsExactly("Alexey Kovalev");
    assertThat(provenance(entry, "authors"))
        .isEqualTo(Map.of("from", "text:author-bio", "confidence", "medium"));
    assertThat(entry.published()).isNull();
    assertThat(codes(entry)).containsExactly(FlagCode.MISSING_DATE);
    assertThat(entry.language()).isEqualTo("en");

    List<String> body = texts(entry);
    assertThat(body)
        .noneMatch(
            t -> t.startsWith("By , ") || t.equals(entry.title()) || t.equals(entry.standfirst()));
    // Three captions at the top become one caption block: the one with the credit.
    assertThat(entry.body().get(0).kind()).isEqualTo(BlockKind.CAPTION);
    assertThat(entry.body().get(0).text())
        .endsWith("Sept. 21. ALEXANDER NEMENOV/AFP via Getty Images");
    assertThat(body).filteredOn(t -> t.startsWith("Police officers detain")).hasSize(1);
    assertThat(entry.removed())
        .contains(
            new Removal(
                "Police officers detain a woman during a "
                    + "protest against military mobilization in Moscow on Sept. 21.",
                "repeated-caption",
                2));
    // The three paragraphs pasted twice stay: flagging them is dedupe's job.
    assertThat(body.get(4)).isEqualTo(body.get(1));
    assertThat(body.get(5)).isEqualTo(body.get(2));
    assertThat(body.get(6)).isEqualTo(body.get(3));
    // Comment widgets and the "More from Foreign Policy" list are removed, each piece recorded.
    assertThat(body)
        .noneMatch(
            t ->
                t.contains("Join the Conversation")
                    || t.contains("More from")
                    || t.contains("subscriber")
                    || t.contains("Franco-German")
                    || t.contains("Olaf Scholz"));
    assertThat(entry.removed())
        .contains(new Removal("Join the Conversation", "comment-widget", 3))
        .contains(new Removal("Already a subscriber? .", "subscribe-widget", 1))
        .contains(new Removal("More from Foreign Policy", "related-content", 1))
        .contains(new Removal("The Franco-German Motor Is on Fire", "related-content", 1));
    assertThat(body.get(body.size() - 1)).startsWith("Alexey Kovalev is an investigative editor");
    assertThat(entry.wordCount()).isEqualTo(body.stream().mapToInt(TextCleaner::words).sum());
    assertThat(String.join(" ", body)).doesNotContain("\u00A0");
  }

  @Test
  void hotAir() {
    Entry entry = ok(PlainText.sample(HOTAIR));
    assertThat(entry.title())
        .isEqualTo("Mutiny brewing? Refuseniks depleting Russian forces in Ukraine");
    assertThat(entry.standfirst()).isNull();
    assertThat(entry.authors()).containsExactly("Ed Morrissey");
    assertThat(entry.published()).isEqualTo("2024-11-20");
    assertThat(provenance(entry, "published"))
        .isEqualTo(Map.of("from", "text:footer", "confidence", "low"));
    assertThat(codes(entry)).containsExactly(FlagCode.LOW_CONFIDENCE_DATE);
    assertThat(entry.language()).isEqualTo("en");

    List<String> body = texts(entry);
    assertThat(body)
        .noneMatch(
            t ->
                t.contains("Advertisement")
                    || t.contains("VIP Member")
                    || t.contains("Trending on")
                    || t.contains("Ed Morrissey"));
    assertThat(entry.removed())
        .containsExactly(
            new Removal("Advertisement", "advertisement", 8),
            new Removal("Join the conversation as a VIP Member", "comment-widget", 1),
            new Removal("Trending on HotAir Videos", "related-content", 1));
    assertThat(body.get(0)).startsWith("This seems a bit too good to be true");
    assertThat(body.get(body.size() - 1)).isEqualTo("Conventional war, anyway.");
    assertThat(entry.body())
        .extracting(Block::index)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, body.size()).boxed().toList());
    assertThat(entry.body()).allMatch(b -> b.duplicateOf() == null);
  }

  /** The whole entry against its reviewed golden JSON (object key order ignored). */
  @ParameterizedTest
  @ValueSource(strings = {FP, HOTAIR})
  void matchesGoldenJson(String sample) throws Exception {
    Path golden = GOLDEN.resolve(sample.replace(".txt", ".expected.json"));
    String actual = canonical(JSON.writeValueAsString(ok(PlainText.sample(sample))));
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual + "\n");
    }
    assertThat(actual).isEqualTo(canonical(Files.readString(golden)));
  }

  /** Keys sorted, pretty-printed: a stable text to diff, whatever the map order. */
  private static String canonical(String json) throws Exception {
    JsonNode tree = JSON.readTree(json);
    return JSON.writeValueAsString(JSON.treeToValue(tree, Object.class));
  }

  private static List<String> texts(Entry entry) {
    return entry.body().stream().map(Block::text).toList();
  }
}
