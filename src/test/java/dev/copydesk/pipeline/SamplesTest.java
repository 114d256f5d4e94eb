package dev.copydesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.model.Block;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.Removal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two real scraped articles in {@code ../shared/samples/} (read in place, never copied), run
 * through the whole pipeline with real Tika.
 */
class SamplesTest {

  private static final Path SAMPLES = Path.of("..", "shared", "samples");

  private static Entry ingest(String name) {
    Path file = SAMPLES.resolve(name);
    assertThat(file).as("shared samples folder beside the project").exists();
    Outcome outcome =
        Pipeline.create(CopydeskConfig.defaults(), new InMemoryDuplicateIndex())
            .process(file, name);
    assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
    return ((Outcome.Accepted) outcome).entry();
  }

  private static String bodyText(Entry entry) {
    return String.join("\n", entry.body().stream().map(Block::text).toList());
  }

  private static List<Flag> flags(Entry entry, FlagCode code) {
    return entry.flags().stream().filter(flag -> flag.code() == code).toList();
  }

  @Test
  void foreignPolicyArticle() {
    Entry entry = ingest("000_9bc8c0bda46f3300.txt");

    assertThat(entry.title()).isEqualTo("As War Hits the Homefront, Russia’s Defeat Inches Closer");
    assertThat(entry.standfirst())
        .isEqualTo(
            "Battlefield losses, military corruption, and a disastrous mobilization drive have"
                + " broken the social contract.");
    assertThat(entry.authors()).containsExactly("Alexey Kovalev");
    assertThat(entry.language()).isEqualTo("en");

    List<Flag> duplicates = flags(entry, FlagCode.DUPLICATE_SECTION);
    assertThat(duplicates).hasSize(1);
    assertThat(duplicates.get(0).blocks()).hasSize(3);
    assertThat(duplicates.get(0).duplicateOfBlocks()).hasSize(3);
    assertThat(duplicates.get(0).similarity()).isEqualTo(1.0);
    for (int index : duplicates.get(0).blocks()) {
      assertThat(entry.body().get(index).duplicateOf()).isNotNull();
    }

    String body = bodyText(entry);
    assertThat(body)
        .contains("By many accounts, Russia’s invasion of Ukraine is already a colossal failure.")
        .doesNotContain("Join the Conversation")
        .doesNotContain("More from Foreign Policy")
        .doesNotContain("The Franco-German Motor Is on Fire")
        .doesNotContain("Already a subscriber?");
    long captions =
        entry.body().stream()
            .filter(b -> b.text().startsWith("Police officers detain a woman"))
            .count();
    assertThat(captions).as("repeated captions reduced to one").isEqualTo(1);

    assertThat(entry.removed())
        .extracting(Removal::text)
        .anyMatch(text -> text.contains("Join the Conversation"))
        .anyMatch(text -> text.contains("More from Foreign Policy"));
  }

  @Test
  void hotAirArticle() {
    Entry entry = ingest("004_130a55b5c249d309.txt");

    assertThat(entry.title())
        .isEqualTo("Mutiny brewing? Refuseniks depleting Russian forces in Ukraine");
    assertThat(entry.authors()).containsExactly("Ed Morrissey");
    assertThat(entry.published()).startsWith("2024-11-20");
    assertThat(flags(entry, FlagCode.LOW_CONFIDENCE_DATE)).hasSize(1);

    String body = bodyText(entry);
    assertThat(body)
        .doesNotContain("Advertisement")
        .doesNotContain("Join the conversation as a VIP Member")
        .doesNotContain("Trending on HotAir Videos")
        .contains("Conventional war, anyway.");
    assertThat(entry.removed())
        .filteredOn(removal -> removal.text().equals("Advertisement"))
        .singleElement()
        .extracting(Removal::count)
        .isEqualTo(8);
  }
}
