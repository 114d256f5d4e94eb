package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Delivery;
import dev.copydesk.model.Entry;
import dev.copydesk.model.EntryJson;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded delivery concurrency per target ({@code delivery.concurrency}), one delivery per entry at
 * a time, and a revision never overtaking the entry it revises.
 */
class RelayConcurrencyTest {

  private static final Duration LATENCY = Duration.ofMillis(150);

  @TempDir Path dataDir;

  private static CopydeskConfig config(Path dataDir, RecordingCms cms, int concurrency) {
    Delivery delivery =
        new Delivery(
            "http",
            "draft",
            "hold",
            concurrency,
            "new",
            new Delivery.WordPress(null, null, null),
            new Delivery.Http(cms.base().toString(), "t"));
    return CopydeskConfig.defaults().withDataDir(dataDir.toString()).withDelivery(delivery);
  }

  @Test
  void theConfiguredNumberOfDeliveriesRunAtOnceAndNoMore() throws Exception {
    try (RecordingCms cms = new RecordingCms(LATENCY);
        OutboxPublisher publisher = Publishers.create(config(dataDir, cms, 3))) {
      long start = System.nanoTime();
      for (int i = 0; i < 24; i++) {
        publisher.submit(Entries.entry("c" + i, "Concurrent " + i));
      }
      assertThat(publisher.drain(Duration.ofSeconds(60))).isTrue();
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "24 deliveries of %d ms each, 3 at once: %d ms (sequential: %d ms)%n",
          LATENCY.toMillis(), tookMs, 24 * LATENCY.toMillis());
      assertThat(cms.items()).hasSize(24);
      assertThat(cms.mostAtOnce()).isEqualTo(3);
      assertThat(cms.sameIdOverlaps()).isZero();
    }
  }

  @Test
  void oneEntryIsNeverDeliveredTwiceAtOnceAndItsLastVersionWins() throws Exception {
    try (RecordingCms cms = new RecordingCms(LATENCY);
        OutboxPublisher publisher = Publishers.create(config(dataDir, cms, 4))) {
      for (int version = 0; version < 6; version++) {
        publisher.submit(Entries.entry("same", "Version " + version));
        Thread.sleep(60); // re-submitted while the previous version is in flight
      }
      assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
      assertThat(cms.sameIdOverlaps()).isZero();
      assertThat(EntryJson.read(cms.items().get("same")).title()).isEqualTo("Version 5");
      assertThat(publisher.status("same").orElseThrow().state()).isEqualTo("delivered");
    }
  }

  @Test
  void aRevisionIsDeliveredOnlyAfterTheEntryItRevises() throws Exception {
    try (RecordingCms cms = new RecordingCms(LATENCY);
        OutboxPublisher publisher = Publishers.create(config(dataDir, cms, 4))) {
      for (int i = 0; i < 5; i++) {
        publisher.submit(Entries.entry("orig" + i, "Original " + i));
        publisher.submit(revision(Entries.entry("rev" + i, "Revised " + i), "orig" + i));
      }
      assertThat(publisher.drain(Duration.ofSeconds(30))).isTrue();
      Map<String, RecordingCms.Put> byId = new java.util.HashMap<>();
      cms.puts().forEach(p -> byId.put(p.id(), p));
      for (int i = 0; i < 5; i++) {
        assertThat(byId.get("rev" + i).nanoTime())
            .as("rev%d starts after orig%d was answered", i, i)
            .isGreaterThan(byId.get("orig" + i).doneNanoTime());
      }
      assertThat(cms.mostAtOnce()).as("unrelated entries still go in parallel").isGreaterThan(1);
    }
  }

  @Test
  void badDeliverySettingsFailWithTheKeyToFix() {
    Delivery zero = Delivery.defaults().withConcurrency(0);
    assertThatThrownBy(() -> RelaySettings.from(zero))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("delivery.concurrency must be between 1 and 32");
    Delivery unknown = Delivery.defaults().withRevisions("merge");
    assertThatThrownBy(() -> RelaySettings.from(unknown))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("delivery.revisions 'merge' is unknown");
    RelaySettings settings =
        RelaySettings.from(Delivery.defaults().withConcurrency(6).withRevisions("update"));
    assertThat(settings.workers()).isEqualTo(6);
    assertThat(settings.revisionsUpdate()).isTrue();
    assertThat(RelaySettings.from(Delivery.defaults()).workers()).isEqualTo(4);
    assertThat(RelaySettings.from(Delivery.defaults()).revisionsUpdate()).isFalse();
  }

  /** {@code entry} flagged as a revision of {@code earlierId}, as the dedupe stage flags it. */
  static Entry revision(Entry entry, String earlierId) {
    Flag flag =
        Flag.crossEntry(
            FlagCode.REVISION_OF,
            null,
            earlierId,
            null,
            0.8,
            "Likely a revision of entry " + earlierId);
    List<Flag> flags = new java.util.ArrayList<>(entry.flags());
    flags.add(flag);
    return entry.withFlags(flags);
  }
}
