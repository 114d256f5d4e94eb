package dev.copydesk.publish;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The durable publisher: {@link #submit} commits the entry and its outbox row, then a background
 * {@link Relay} delivers to the target with retries, a circuit breaker and dead letters. State
 * lives in {@code <dataDir>/copydesk.db}, so a restart resumes where the last process stopped.
 */
public final class OutboxPublisher implements Publisher {

  private static final long DRAIN_POLL_MS = 50;

  private final Database db;
  private final OutboxStore store;
  private final Target target;
  private final Relay relay;

  private OutboxPublisher(Database db, Path dataDir, Target target, RelaySettings settings) {
    this.db = db;
    this.target = target;
    this.store = new OutboxStore(db, Clock.systemUTC(), settings.revisionsUpdate());
    Path lockFile = dataDir.resolve("relay-" + target.name() + ".lock");
    this.relay = new Relay(store, target, settings, new RelayLock(lockFile), Clock.systemUTC());
  }

  /** Opens (and migrates) the outbox under {@code dataDir} and starts the relay. */
  public static OutboxPublisher open(Path dataDir, Target target, RelaySettings settings) {
    Database db = Database.open(dataDir);
    OutboxPublisher publisher = new OutboxPublisher(db, dataDir, target, settings);
    publisher.relay.start();
    return publisher;
  }

  @Override
  public DeliveryStatus submit(Entry entry) {
    DeliveryStatus status = store.submit(entry, target.name());
    relay.wake();
    return status;
  }

  @Override
  public Optional<DeliveryStatus> status(String entryId) {
    return store.status(entryId);
  }

  @Override
  public Backlog backlog() {
    return store.backlog(target.name());
  }

  @Override
  public boolean drain(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (store.pending(target.name()) > 0) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(DRAIN_POLL_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  public DeadLetters deadLetters() {
    return new DeadLetters(store, relay::wake);
  }

  public Conflicts conflicts() {
    return new Conflicts(store, relay::wake);
  }

  /** The target's circuit: {@code closed} (CMS up), {@code open} (down) or {@code half_open}. */
  public String circuit() {
    return relay.circuit();
  }

  @Override
  public boolean targetUp() {
    return !"open".equals(circuit());
  }

  public String targetName() {
    return target.name();
  }

  @Override
  public void close() {
    try {
      relay.close();
    } finally {
      db.close();
    }
  }
}
