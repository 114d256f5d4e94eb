package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bulk work runs at a lower priority than the upload button's, as {@code /proc} shows it. */
class BackgroundPriorityTest {

  @Test
  void aThreadLowersItsOwnPriorityAndNoOtherThreads() throws Exception {
    int before = NiceValues.ofThisThread();
    int[] lowered =
        CompletableFuture.supplyAsync(
                () -> {
                  boolean done = BackgroundPriority.lowerThisThread();
                  return new int[] {done ? 1 : 0, NiceValues.ofThisThread()};
                },
                runnable -> new Thread(runnable, "background-priority-test").start())
            .get(30, TimeUnit.SECONDS);

    assertThat(lowered[0]).as("lowered").isEqualTo(1);
    assertThat(lowered[1]).isEqualTo(NiceValues.lowered(before)).isGreaterThan(before);
    assertThat(NiceValues.ofThisThread()).isEqualTo(before);
  }

  @Test
  void aCommandStartsAtTheBackgroundPriority() throws Exception {
    Process process =
        new ProcessBuilder(BackgroundPriority.command(List.of("sleep", "30"))).start();
    try {
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!process.info().command().orElse("").endsWith("sleep") && System.nanoTime() < giveUp) {
        Thread.sleep(10);
      }
      int server = NiceValues.ofProcess(ProcessHandle.current().pid());
      assertThat(NiceValues.ofProcess(process.pid())).isEqualTo(NiceValues.lowered(server));
    } finally {
      process.destroyForcibly().waitFor();
    }
  }
}
