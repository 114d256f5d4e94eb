package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.EntryJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay hands a target that delivers several entries together ({@link BatchTarget}, the file
 * store) the rows that are due in batches: one disk sync and one outbox commit per batch instead of
 * per entry, each entry still delivered once.
 */
class RelayBatchTest {

  private static final int ENTRIES = 200;

  @TempDir Path dataDir;

  /** The real file store, with the size of every batch it was given noted. */
  private static final class NotedBatches implements BatchTarget {
    final FileTarget store;
    final List<Integer> sizes = new CopyOnWriteArrayList<>();
    final AtomicBoolean failFirst;

    NotedBatches(Path dataDir, boolean failFirst) {
      this.store = new FileTarget(dataDir);
      this.failFirst = new AtomicBoolean(failFirst);
    }

    @Override
    public String name() {
      return "file";
    }

    @Override
    public TargetReply deliver(StoredEntry entry, LastDelivery last) {
      return deliverAll(List.of(new Delivery(entry, last))).get(0);
    }

    @Override
    public List<TargetReply> deliverAll(List<Delivery> deliveries) {
      sizes.add(deliveries.size());
      if (failFirst.getAndSet(false)) {
        return deliveries.stream()
            .map(d -> (TargetReply) TargetReply.Retryable.of("disk on fire"))
            .toList();
      }
      return store.deliverAll(deliveries);
    }
  }

  @Test
  void rowsDueTogetherAreDeliveredInBatchesEachEntryOnce() throws Exception {
    NotedBatches target = new NotedBatches(dataDir, false);
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = new OutboxStore(db, Clock.systemUTC(), false);
      for (int i = 0; i < ENTRIES; i++) {
        store.submit(Entries.entry("e" + i, "Entry " + i), "file");
      }
      try (Relay relay = relay(store, target, RelaySettings.defaults())) {
        relay.start();
        awaitNothingPending(store);
      }
      assertThat(store.idsIn("delivered")).hasSize(ENTRIES);
    }
    assertThat(target.sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(ENTRIES);
    assertThat(target.sizes).allMatch(size -> size <= BatchTarget.MAX_BATCH);
    assertThat(target.sizes.size()).as("batches for %d entries", ENTRIES).isLessThan(ENTRIES / 10);
    List<String> lines = Files.readAllLines(target.store.file(), StandardCharsets.UTF_8);
    assertThat(lines.stream().map(line -> EntryJson.read(line).id()).distinct()).hasSize(ENTRIES);
  }

  @Test
  void aBatchTheTargetCouldNotTakeIsRetriedAndThenDelivered() throws Exception {
    NotedBatches target = new NotedBatches(dataDir, true);
    RelaySettings quick =
        RelaySettings.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(50));
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = new OutboxStore(db, Clock.systemUTC(), false);
      for (int i = 0; i < 10; i++) {
        store.submit(Entries.entry("r" + i, "Retried " + i), "file");
      }
      try (Relay relay = relay(store, target, quick)) {
        relay.start();
        awaitNothingPending(store);
      }
      assertThat(store.idsIn("delivered")).hasSize(10);
      assertThat(store.status("r0").orElseThrow().attempts()).isEqualTo(2);
    }
    assertThat(target.sizes.get(0)).isEqualTo(10);
    assertThat(Files.readAllLines(target.store.file())).hasSize(10);
  }

  private Relay relay(OutboxStore store, Target target, RelaySettings settings) {
    return new Relay(
        store, target, settings, new RelayLock(dataDir.resolve("relay.lock")), Clock.systemUTC());
  }

  private static void awaitNothingPending(OutboxStore store) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (store.pending("file") > 0) {
      assertThat(System.nanoTime()).as("all delivered within 30 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
