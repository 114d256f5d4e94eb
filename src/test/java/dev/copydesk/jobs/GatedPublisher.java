package dev.copydesk.jobs;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A recording target that holds the {@code n}th submission (after recording it) until released, so
 * a test can act while a job is certainly mid-way. If the worker is interrupted while held, the
 * submission stands: the worst case for resume, a durable submit whose outcome was never recorded.
 */
final class GatedPublisher extends RecordingPublisher {

  private final int gateAt;
  private final AtomicInteger submitted = new AtomicInteger();
  final CountDownLatch reached = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  GatedPublisher(Path logFile, int gateAt) {
    super(logFile);
    this.gateAt = gateAt;
  }

  @Override
  public DeliveryStatus submit(Entry entry) {
    DeliveryStatus status = super.submit(entry);
    if (submitted.incrementAndGet() == gateAt) {
      reached.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return status;
  }

  int submitted() {
    return submitted.get();
  }
}
