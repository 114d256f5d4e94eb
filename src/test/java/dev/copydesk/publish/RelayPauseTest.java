package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A delivery the outbox cannot record (its disk full) leaves the row due. Before the pause, the
 * relay tried the same row again at once: on a full 8 MB tmpfs, up to 327 attempts and warnings a
 * second, each one writing the entry to the target again.
 */
class RelayPauseTest {

  @TempDir Path dataDir;

  @Test
  void aDeliveryThatCannotBeRecordedWaitsOutAPauseInsteadOfSpinning() throws Exception {
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = spy(new OutboxStore(db, Clock.systemUTC(), false));
      doThrow(
              new OutboxException(
                  "outbox database error: [SQLITE_FULL] database or disk is full", null))
          .doCallRealMethod()
          .when(store)
          .delivered(any());
      AtomicInteger deliveries = new AtomicInteger();
      Target target =
          new Target() {
            @Override
            public String name() {
              return "file";
            }

            @Override
            public TargetReply deliver(StoredEntry entry, LastDelivery last) {
              deliveries.incrementAndGet();
              return new TargetReply.Delivered(entry.id(), null);
            }
          };
      store.submit(Entries.entry("a", "A"), "file");
      try (Relay relay =
          new Relay(
              store,
              target,
              RelaySettings.defaults(),
              new RelayLock(dataDir.resolve("relay.lock")),
              Clock.systemUTC())) {
        relay.start();
        Thread.sleep(1_500);
        assertThat(deliveries.get()).as("tries within 1.5 s of a failure").isEqualTo(1);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!"delivered".equals(store.status("a").orElseThrow().state())) {
          assertThat(System.nanoTime()).as("delivered after the pause").isLessThan(deadline);
          Thread.sleep(50);
        }
        assertThat(deliveries.get()).isEqualTo(2);
      }
    }
  }
}
