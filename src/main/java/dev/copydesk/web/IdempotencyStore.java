package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replies remembered by {@code Idempotency-Key} (scoped to the caller), so a client that resends
 * after a lost reply gets the first reply again and the file is not delivered twice. Bounded and in
 * memory: across restarts and nodes the same guarantee comes from delivery itself, which upserts by
 * the entry id (same bytes, same id).
 */
final class IdempotencyStore {

  /** A reply as sent; {@code code} is set for problems, {@code replayed} when sent again. */
  record Reply(int status, String contentType, byte[] body, ErrorCode code, boolean replayed) {

    Reply asReplay() {
      return new Reply(status, contentType, body, code, true);
    }
  }

  /** What to do with a request carrying a key. */
  sealed interface Claim {
    /** The key is new: go ahead, then {@link #complete} or {@link #release} it. */
    record Fresh() implements Claim {}

    /** Same key, same file: send this stored reply. */
    record Replay(Reply reply) implements Claim {}

    /** Same key, still being processed by another request. */
    record InProgress() implements Claim {}

    /** Same key, a different file or options. */
    record Mismatch() implements Claim {}
  }

  private record Slot(String fingerprint, Reply reply, Instant expires) {}

  static final Duration TTL = Duration.ofHours(24);
  static final int MAX_KEYS = 10_000;

  private final Clock clock;
  private final Map<String, Slot> slots =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Slot> eldest) {
          return size() > MAX_KEYS;
        }
      };

  IdempotencyStore(Clock clock) {
    this.clock = clock;
  }

  /** {@code fingerprint} identifies the request's content: file hash plus options. */
  synchronized Claim claim(String key, String fingerprint) {
    Instant now = clock.instant();
    Slot slot = slots.get(key);
    if (slot != null && slot.expires().isBefore(now)) {
      slots.remove(key);
      slot = null;
    }
    if (slot == null) {
      slots.put(key, new Slot(fingerprint, null, now.plus(TTL)));
      return new Claim.Fresh();
    }
    if (!slot.fingerprint().equals(fingerprint)) {
      return new Claim.Mismatch();
    }
    return slot.reply() == null ? new Claim.InProgress() : new Claim.Replay(slot.reply());
  }

  synchronized void complete(String key, Reply reply) {
    Slot slot = slots.get(key);
    if (slot != null) {
      slots.put(key, new Slot(slot.fingerprint(), reply, slot.expires()));
    }
  }

  /** Forgets a claim whose request failed in a way worth retrying (busy, not ready). */
  synchronized void release(String key) {
    Slot slot = slots.get(key);
    if (slot != null && slot.reply() == null) {
      slots.remove(key);
    }
  }
}
