package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxStoreTest {

  @TempDir Path dataDir;

  @Test
  void aResultForAnEntryResubmittedWhileInFlightIsDroppedAndTheNewVersionDelivered() {
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = new OutboxStore(db, Clock.systemUTC(), false);
      store.submit(Entries.entry("a", "v1"), "http");
      OutboxStore.Attempt inFlight = attempt(store, "a");
      store.submit(Entries.entry("a", "v2"), "http");
      delivered(store, inFlight, new TargetReply.Delivered("9", "u"));

      assertThat(store.status("a").orElseThrow().state()).isEqualTo("queued");
      OutboxStore.Attempt next = attempt(store, "a");
      assertThat(next.entry().entry().title()).isEqualTo("v2");
      delivered(store, next, new TargetReply.Delivered("9", "u", "2024-01-01T00:00:00"));
      assertThat(store.status("a").orElseThrow().state()).isEqualTo("delivered");
      assertThat(store.pending("http")).isZero();
    }
  }

  @Test
  void deadLettersKeepTheReplyAndResubmittingClearsThem() {
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = new OutboxStore(db, Clock.systemUTC(), false);
      store.submit(Entries.entry("b", "B"), "http");
      store.dead(attempt(store, "b"), 400, "{\"code\":\"bad\"}", "refused");
      DeadLetters letters = new DeadLetters(store, () -> {});
      assertThat(letters.list())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.reply()).isEqualTo("{\"code\":\"bad\"}");
                assertThat(d.attempts()).isEqualTo(1);
              });
      assertThat(store.due("http", 10, Set.of())).isEmpty();

      store.submit(Entries.entry("b", "B fixed"), "http");
      assertThat(letters.list()).isEmpty();
      assertThat(store.due("http", 10, Set.of())).containsExactly("b");
    }
  }

  @Test
  void retryingRowsWaitForTheirNextAttempt() {
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = new OutboxStore(db, Clock.systemUTC(), false);
      store.submit(Entries.entry("c", "C"), "http");
      store.retry(attempt(store, "c"), "HTTP 503", Instant.now().plusSeconds(60));
      assertThat(store.status("c").orElseThrow().nextAttempt()).isNotNull();
      assertThat(store.due("http", 10, Set.of())).isEmpty();
      assertThat(store.pending("http")).isEqualTo(1);
    }
  }

  @Test
  void theBacklogCountsWhatIsLeftAndGivesTheLatestFailure() {
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = new OutboxStore(db, Clock.systemUTC(), false);
      assertThat(store.backlog("http")).isEqualTo(Backlog.NONE);
      store.submit(Entries.entry("d", "D"), "http");
      store.submit(Entries.entry("e", "E"), "http");
      store.submit(Entries.entry("f", "F"), "file");
      assertThat(store.backlog("http")).isEqualTo(new Backlog(2, null));

      store.retry(attempt(store, "d"), "HTTP 503", Instant.now().plusSeconds(30));
      store.retry(attempt(store, "e"), "refused", Instant.now().plusSeconds(60));
      assertThat(store.backlog("http")).isEqualTo(new Backlog(2, "refused"));

      store.dead(attempt(store, "e"), 400, "{}", "bad request");
      assertThat(store.backlog("http")).isEqualTo(new Backlog(1, "HTTP 503"));
    }
  }

  @Test
  void aBatchIsRecordedDeliveredInOneGoExceptAnEntryResubmittedMeanwhile() {
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = new OutboxStore(db, Clock.systemUTC(), false);
      store.submit(Entries.entry("g", "G"), "file");
      store.submit(Entries.entry("h", "H"), "file");
      store.submit(Entries.entry("i", "I"), "file");
      List<OutboxStore.Attempt> batch = store.attempts(List.of("g", "h", "i", "gone"));
      assertThat(batch).extracting(a -> a.entry().id()).containsExactly("g", "h", "i");
      store.submit(Entries.entry("h", "H again"), "file");

      store.delivered(
          batch.stream()
              .map(
                  a -> new OutboxStore.Delivered(a, new TargetReply.Delivered(a.entry().id(), "u")))
              .toList());

      assertThat(store.status("g").orElseThrow().state()).isEqualTo("delivered");
      assertThat(store.status("h").orElseThrow().state()).isEqualTo("queued");
      assertThat(store.status("i").orElseThrow().state()).isEqualTo("delivered");
      assertThat(store.due("file", 10, Set.of())).containsExactly("h");
    }
  }

  private static OutboxStore.Attempt attempt(OutboxStore store, String id) {
    return store.attempts(List.of(id)).get(0);
  }

  private static void delivered(
      OutboxStore store, OutboxStore.Attempt attempt, TargetReply.Delivered reply) {
    store.delivered(List.of(new OutboxStore.Delivered(attempt, reply)));
  }
}
