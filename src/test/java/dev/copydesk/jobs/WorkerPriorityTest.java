package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.extract.NiceValues;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A job worker lowers its own thread's priority, as {@code /proc} shows it, and no other's. */
class WorkerPriorityTest {

  @Test
  void aThreadLowersItsOwnPriorityAndNoOtherThreads() throws Exception {
    int before = NiceValues.ofThisThread();
    int[] lowered =
        CompletableFuture.supplyAsync(
                () -> {
                  boolean done = WorkerPriority.lowerThisThread();
                  return new int[] {done ? 1 : 0, NiceValues.ofThisThread()};
                },
                runnable -> new Thread(runnable, "worker-priority-test").start())
            .get(30, TimeUnit.SECONDS);

    assertThat(lowered[0]).as("lowered").isEqualTo(1);
    assertThat(lowered[1]).isEqualTo(NiceValues.lowered(before)).isGreaterThan(before);
    assertThat(NiceValues.ofThisThread()).isEqualTo(before);
  }
}
