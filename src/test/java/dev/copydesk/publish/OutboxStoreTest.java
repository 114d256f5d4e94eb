package dev.copydesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxStoreTest {

  @TempDir Path dataDir;

  @Test
  void aResultForAnEntryResubmittedWhileInFlightIsDroppedAndTheNewVersionDelivered() {
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = new OutboxStore(db, Clock.systemUTC(), false);
      store.submit(Entries.entry("a", "v1"), "http");
      OutboxStore.Attempt inFlight = store.attempt("a").orElseThrow();
      store.submit(Entries.entry("a", "v2"), "http");
      store.delivered(inFlight, new TargetReply.Delivered("9", "u"));

      assertThat(store.status("a").orElseThrow().state()).isEqualTo("queued");
      OutboxStore.Attempt next = store.attempt("a").orElseThrow();
      assertThat(next.entry().entry().title()).isEqualTo("v2");
      store.delivered(next, new TargetReply.Delivered("9", "u", "2024-01-01T00:00:00"));
      assertThat(store.status("a").orElseThrow().state()).isEqualTo("delivered");
      assertThat(store.pending("http")).isZero();
    }
  }

  @Test
  void deadLettersKeepTheReplyAndResubmittingClearsThem() {
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = new OutboxStore(db, Clock.systemUTC(), false);
      store.submit(Entries.entry("b", "B"), "http");
      store.dead(store.attempt("b").orElseThrow(), 400, "{\"code\":\"bad\"}", "refused");
      DeadLetters letters = new DeadLetters(store, () -> {});
      assertThat(letters.list())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.reply()).isEqualTo("{\"code\":\"bad\"}");
                assertThat(d.attempts()).isEqualTo(1);
              });
      assertThat(store.due("http", 10, java.util.Set.of())).isEmpty();

      store.submit(Entries.entry("b", "B fixed"), "http");
      assertThat(letters.list()).isEmpty();
      assertThat(store.due("http", 10, java.util.Set.of())).containsExactly("b");
    }
  }

  @Test
  void retryingRowsWaitForTheirNextAttempt() {
    try (Database db = Database.open(dataDir)) {
      OutboxStore store = new OutboxStore(db, Clock.systemUTC(), false);
      store.submit(Entries.entry("c", "C"), "http");
      store.retry(store.attempt("c").orElseThrow(), "HTTP 503", Instant.now().plusSeconds(60));
      assertThat(store.status("c").orElseThrow().nextAttempt()).isNotNull();
      assertThat(store.due("http", 10, java.util.Set.of())).isEmpty();
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

      store.retry(store.attempt("d").orElseThrow(), "HTTP 503", Instant.now().plusSeconds(30));
      store.retry(store.attempt("e").orElseThrow(), "refused", Instant.now().plusSeconds(60));
      assertThat(store.backlog("http")).isEqualTo(new Backlog(2, "refused"));

      store.dead(store.attempt("e").orElseThrow(), 400, "{}", "bad request");
      assertThat(store.backlog("http")).isEqualTo(new Backlog(1, "HTTP 503"));
    }
  }
}
