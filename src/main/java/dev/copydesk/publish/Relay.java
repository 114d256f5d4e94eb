package dev.copydesk.publish;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background side of the outbox: one dispatcher thread hands due rows to a pool of {@code
 * delivery.concurrency} workers, so a slow CMS round trip does not leave the rest waiting; a target
 * that delivers rows together (the file store) gets them in batches instead, one at a time ({@link
 * #dispatchDue}). A row is claimed by putting its id in the in-flight set before a worker gets it,
 * and only the process holding the {@link RelayLock} dispatches at all, so a row is never delivered
 * twice at the same time; which rows are due (and that a revision waits for its original) is {@link
 * OutboxStore}'s rule. A delivery that fails inside copydesk (the outbox cannot record it: a full
 * disk) leaves its row due, so dispatching pauses for {@link #INTERNAL_FAILURE_PAUSE} rather than
 * trying the same row again at once, and one warning is logged per pause.
 */
final class Relay implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Relay.class);

  static final Duration INTERNAL_FAILURE_PAUSE = Duration.ofSeconds(5);

  /**
   * How long a batch target rests after a batch that was not full, so that during an import the
   * next batch holds the entries of this while (a lone entry, found with no batch just written,
   * goes at once; after a full batch, with more waiting, the next goes at once too).
   */
  static final Duration BATCH_GAP = Duration.ofMillis(20);

  private final OutboxStore store;
  private final Target target;
  private final RelaySettings settings;
  private final RelayLock relayLock;
  private final DeliveryAttempt attempt;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicInteger busy = new AtomicInteger();
  private final ExecutorService workers;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private boolean woken; // guarded by lock
  private final Thread dispatcher;
  private volatile boolean running = true;

  /** {@link System#nanoTime} before which nothing is dispatched (see {@link #pauseAfter}). */
  private volatile long pausedUntil = System.nanoTime();

  Relay(
      OutboxStore store, Target target, RelaySettings settings, RelayLock relayLock, Clock clock) {
    this.store = store;
    this.target = target;
    this.settings = settings;
    this.relayLock = relayLock;
    this.attempt = new DeliveryAttempt(store, target, settings, clock);
    this.workers = Executors.newFixedThreadPool(settings.workers(), daemon("copydesk-deliver"));
    this.dispatcher = daemon("copydesk-relay").newThread(this::dispatchLoop);
  }

  void start() {
    dispatcher.start();
  }

  /** Something changed (a submit, a retry request, a delivery finished): look for work now. */
  void wake() {
    lock.lock();
    try {
      woken = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The target's circuit: {@code closed} (CMS up), {@code open} (down) or {@code half_open}. */
  String circuit() {
    return attempt.circuit();
  }

  private void dispatchLoop() {
    while (running) {
      try {
        if (relayLock.tryAcquire() && attempt.circuitAllowsDispatch()) {
          dispatchDue();
        }
      } catch (OutboxException e) {
        LOG.warn("outbox read failed, retrying: {}", e.getMessage());
      }
      awaitChange();
    }
  }

  /**
   * Hands due rows to free workers: one row each, or, for a {@link BatchTarget}, every due row (up
   * to {@link BatchTarget#MAX_BATCH}) to a single worker, one batch at a time. Such a target writes
   * one batch after another anyway (the file store holds a lock), so the rows that come due while a
   * batch is written go together in the next: a lone upload's entry is delivered at once, and an
   * import's entries share a disk sync and an outbox commit each batch.
   */
  private void dispatchDue() {
    boolean batches = target instanceof BatchTarget;
    int free = (batches ? 1 : settings.workers()) - busy.get();
    if (free <= 0 || System.nanoTime() - pausedUntil < 0) {
      return;
    }
    int perWorker = batches ? BatchTarget.MAX_BATCH : 1;
    List<String> due = store.due(target.name(), free * perWorker, Set.copyOf(inFlight));
    for (int from = 0; from < due.size(); from += perWorker) {
      List<String> share = List.copyOf(due.subList(from, Math.min(due.size(), from + perWorker)));
      inFlight.addAll(share);
      busy.incrementAndGet();
      workers.execute(() -> deliver(share));
    }
  }

  private void deliver(List<String> ids) {
    try {
      attempt.run(ids);
      if (target instanceof BatchTarget && ids.size() < BatchTarget.MAX_BATCH) {
        Thread.sleep(BATCH_GAP.toMillis()); // the next batch gathers what comes due meanwhile
      }
    } catch (RuntimeException e) {
      pauseAfter(ids.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.removeAll(ids);
      busy.decrementAndGet();
      wake();
    }
  }

  private void pauseAfter(String id, RuntimeException failure) {
    boolean alreadyPaused = System.nanoTime() - pausedUntil < 0;
    pausedUntil = System.nanoTime() + INTERNAL_FAILURE_PAUSE.toNanos();
    if (!alreadyPaused) {
      LOG.warn(
          "delivery of {} failed inside copydesk; it stays queued and deliveries wait {} s: {}",
          id,
          INTERNAL_FAILURE_PAUSE.toSeconds(),
          failure.getMessage());
    }
  }

  /**
   * Waits for a {@link #wake} or the poll interval; returns at once when woken while it was
   * dispatching, which a signal alone would have missed (a batch that ended meanwhile then waited
   * for the next poll).
   */
  private void awaitChange() {
    lock.lock();
    try {
      if (running && !woken) {
        changed.await(settings.poll().toMillis(), TimeUnit.MILLISECONDS);
      }
      woken = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    running = false;
    wake();
    try {
      dispatcher.join(5_000);
      workers.shutdown();
      if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    } finally {
      relayLock.close();
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
