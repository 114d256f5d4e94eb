package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.config.LimitsBuilder;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Who gets a child that comes free: an upload before a bulk job's file. The children here are never
 * started (a {@link ChildProcess} starts its JVM on first use), so only the hand-out is under test.
 */
class ChildPoolTest {

  /** Children here never start: most tests take them all as warm, some say which are. */
  private static final Predicate<ChildProcess> WARM = child -> true;

  private static ChildProcess child() {
    return new ChildProcess(
        List.of("java"), new ChildProtocol.Hello("unused", LimitsBuilder.defaults().build(), null));
  }

  @Test
  void aChildThatComesFreeGoesToTheWaitingUploadBeforeAWaitingJob() throws Exception {
    ChildProcess only = child();
    ChildPool pool = new ChildPool(List.of(only), WARM);
    ChildProcess held = pool.takeForJob(null);

    CompletableFuture<ChildProcess> job = waiting(() -> pool.takeForJob(null));
    CompletableFuture<ChildProcess> upload =
        waiting(() -> pool.takeForUpload(TimeUnit.SECONDS.toNanos(30), null));
    pool.giveBack(held);

    assertThat(upload.get(10, TimeUnit.SECONDS)).isSameAs(only);
    assertThat(job).isNotDone();
    pool.giveBack(only);
    assertThat(job.get(10, TimeUnit.SECONDS)).isSameAs(only);
  }

  @Test
  void aJobDoesNotTakeAnIdleChildWhileAnUploadWaitsForOne() throws Exception {
    ChildProcess first = child();
    ChildProcess second = child();
    ChildProcess third = child();
    ChildPool pool = new ChildPool(List.of(first, second, third), WARM);
    ChildProcess a = pool.takeForUpload(0, null);
    ChildProcess b = pool.takeForUpload(0, null);
    ChildProcess c = pool.takeForUpload(0, null);
    CompletableFuture<ChildProcess> upload =
        waiting(() -> pool.takeForUpload(TimeUnit.SECONDS.toNanos(30), null));
    CompletableFuture<ChildProcess> job = waiting(() -> pool.takeForJob(null));

    pool.giveBack(a);
    assertThat(upload.get(10, TimeUnit.SECONDS)).isSameAs(a);
    pool.giveBack(b);
    assertThat(job.get(10, TimeUnit.SECONDS)).isSameAs(b);
    pool.giveBack(c);
  }

  @Test
  void anUploadGivesUpAfterItsWaitAndAWaitingJobIsWokenByClose() throws Exception {
    ChildPool pool = new ChildPool(List.of(child()), WARM);
    pool.takeForJob(null);

    long start = System.nanoTime();
    assertThat(pool.takeForUpload(TimeUnit.MILLISECONDS.toNanos(200), null)).isNull();
    assertThat(System.nanoTime() - start)
        .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));

    CompletableFuture<ChildProcess> job = waiting(() -> pool.takeForJob(null));
    pool.close();
    assertThat(job.get(10, TimeUnit.SECONDS)).isNull();
  }

  @Test
  void anIdleChildOfTheFilesFamilyIsNotPreferredWhileItIsCold() throws Exception {
    ChildProcess first = child();
    ChildProcess own = child();
    ChildPool pool = new ChildPool(List.of(first, own), child -> false);

    // neither child is warm (never started): the one idle longest goes, not the file's own
    assertThat(pool.takeForUpload(0, own)).isSameAs(first);
  }

  @Test
  void anUploadWaitsForAWarmChildRatherThanTakeOneStillStarting() throws Exception {
    ChildProcess starting = child();
    ChildProcess warm = child();
    Set<ChildProcess> warmOnes = ConcurrentHashMap.newKeySet();
    warmOnes.add(warm);
    ChildPool pool = new ChildPool(List.of(starting, warm), warmOnes::contains);
    assertThat(pool.takeForUpload(0, null)).isSameAs(warm);

    CompletableFuture<ChildProcess> upload =
        waiting(() -> pool.takeForUpload(TimeUnit.SECONDS.toNanos(30), null));
    Thread.sleep(100);
    assertThat(upload).as("the only idle child is still starting").isNotDone();
    pool.giveBack(warm);
    assertThat(upload.get(10, TimeUnit.SECONDS)).isSameAs(warm);

    CompletableFuture<ChildProcess> next =
        waiting(() -> pool.takeForUpload(TimeUnit.SECONDS.toNanos(30), null));
    warmOnes.add(starting);
    assertThat(next.get(10, TimeUnit.SECONDS))
        .as("a child that finishes starting is taken without a signal")
        .isSameAs(starting);
  }

  @Test
  void anUploadWhoseWaitIsSpentTakesAColdChildRatherThanNone() throws Exception {
    ChildProcess starting = child();
    ChildPool pool = new ChildPool(List.of(starting), child -> false);
    assertThat(pool.takeForUpload(TimeUnit.MILLISECONDS.toNanos(50), null)).isSameAs(starting);
  }

  @Test
  void aJobNeverGetsTheChildKeptForUploadsEvenWhenItIsTheOnlyOneIdle() throws Exception {
    ChildProcess forJobs = child();
    ChildProcess forUploads = child();
    ChildPool pool = new ChildPool(List.of(forJobs, forUploads), WARM);
    assertThat(pool.takeForJob(null)).isSameAs(forJobs);

    CompletableFuture<ChildProcess> job = waiting(() -> pool.takeForJob(forUploads));
    assertThat(pool.takeForUpload(0, null))
        .as("an upload during the import finds a free child at once")
        .isSameAs(forUploads);
    pool.giveBack(forUploads);
    assertThat(job).as("the idle child is the uploads' one: the job waits").isNotDone();

    pool.giveBack(forJobs);
    assertThat(job.get(10, TimeUnit.SECONDS)).isSameAs(forJobs);
  }

  @Test
  void aSingleChildServesJobsAndUploadsAlike() throws Exception {
    ChildProcess only = child();
    ChildPool pool = new ChildPool(List.of(only), WARM);

    assertThat(pool.takeForJob(null)).isSameAs(only);
    pool.giveBack(only);
    assertThat(pool.takeForUpload(0, null)).isSameAs(only);
  }

  private interface Take {
    ChildProcess take() throws InterruptedException;
  }

  /** Starts {@code take} on its own thread and returns once that thread waits in the pool. */
  private static CompletableFuture<ChildProcess> waiting(Take take) throws InterruptedException {
    CompletableFuture<ChildProcess> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(take.take());
              } catch (InterruptedException e) {
                result.completeExceptionally(e);
              }
            });
    thread.start();
    Supplier<Boolean> parked =
        () ->
            thread.getState() == Thread.State.WAITING
                || thread.getState() == Thread.State.TIMED_WAITING;
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!parked.get() && !result.isDone() && System.nanoTime() < giveUp) {
      Thread.sleep(5);
    }
    assertThat(parked.get()).as("the caller waits in the pool").isTrue();
    return result;
  }
}
