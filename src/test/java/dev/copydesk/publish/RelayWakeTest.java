package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submit's wake that arrives while the relay is still looking for due rows is not lost: before,
 * the relay then slept until its next poll although an entry was due.
 */
class RelayWakeTest {

  private static final Duration LONG_POLL = Duration.ofSeconds(30);

  @TempDir Path dataDir;

  @Test
  void anEntrySubmittedWhileTheRelayLooksForWorkIsDeliveredWithoutWaitingForThePoll()
      throws Exception {
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = spy(new OutboxStore(db, Clock.systemUTC(), false));
      AtomicReference<Relay> relay = new AtomicReference<>();
      AtomicBoolean first = new AtomicBoolean(true);
      doAnswer(
              call -> {
                Object due = call.callRealMethod();
                if (first.getAndSet(false)) {
                  // a submit lands, and wakes the relay, between its query and its wait
                  store.submit(Entries.entry("late", "Late"), "file");
                  relay.get().wake();
                }
                return due;
              })
          .when(store)
          .due(anyString(), anyInt(), any());
      RelaySettings settings =
          new RelaySettings(
              4,
              LONG_POLL,
              Duration.ofMillis(500),
              Duration.ofSeconds(30),
              25,
              Duration.ofSeconds(5),
              1,
              false);
      relay.set(
          new Relay(
              store,
              new FileTarget(dataDir),
              settings,
              new RelayLock(dataDir.resolve("relay.lock")),
              Clock.systemUTC()));
      try (Relay running = relay.get()) {
        running.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (store.status("late").map(s -> !s.state().equals("delivered")).orElse(true)) {
          assertThat(System.nanoTime())
              .as("delivered well before the %d s poll", LONG_POLL.toSeconds())
              .isLessThan(deadline);
          Thread.sleep(20);
        }
      }
    }
  }
}
