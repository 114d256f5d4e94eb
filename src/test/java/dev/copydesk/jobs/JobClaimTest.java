package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job claims against real OS locks, across real processes. */
class JobClaimTest {

  @TempDir Path temp;

  @Test
  void aClaimIsRefusedInThisJvmWhileHeldAndGrantedOnceGivenUp() throws Exception {
    Path job = temp.resolve("jobs/a");
    Optional<JobClaim> first = JobClaim.tryTake(job);
    assertThat(first).isPresent();
    assertThat(JobClaim.tryTake(job)).isEmpty();
    first.get().close();
    Optional<JobClaim> again = JobClaim.tryTake(job);
    assertThat(again).isPresent();
    again.get().close();
  }

  @Test
  void aClaimHeldByAnotherProcessIsRefusedUntilThatProcessIsKilled() throws Exception {
    Path job = temp.resolve("jobs/b");
    Process other = claimIn(job, temp.resolve("other.out"));
    try {
      assertThat(firstLine(other, temp.resolve("other.out"))).isEqualTo("HELD");
      assertThat(JobClaim.tryTake(job)).isEmpty();
    } finally {
      other.destroyForcibly();
      assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    Optional<JobClaim> taken = JobClaim.tryTake(job);
    assertThat(taken).as("the kernel dropped the dead process's lock").isPresent();
    taken.get().close();
  }

  /**
   * Closing any channel on a locked file drops every lock the process holds on it: a second,
   * refused attempt in this JVM must leave the first claim's lock in place for other processes.
   */
  @Test
  void aRefusedSecondAttemptInThisJvmKeepsTheFirstClaimsLock() throws Exception {
    Path job = temp.resolve("jobs/c");
    try (JobClaim held = JobClaim.tryTake(job).orElseThrow()) {
      assertThat(JobClaim.tryTake(job)).isEmpty();
      Process other = claimIn(job, temp.resolve("other.out"));
      try {
        assertThat(firstLine(other, temp.resolve("other.out"))).isEqualTo("REFUSED");
      } finally {
        other.destroyForcibly();
        other.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private static Process claimIn(Path job, Path output) throws Exception {
    return ChildJvm.start(JobClaimChild.class, "64m", output, List.of(job.toString()));
  }

  private static String firstLine(Process child, Path output) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      List<String> lines = Files.exists(output) ? Files.readAllLines(output) : List.of();
      if (!lines.isEmpty()) {
        return lines.get(0);
      }
      assertThat(child.isAlive()).as("child still running before its answer").isTrue();
      Thread.sleep(10);
    }
    throw new AssertionError("no answer from the child within 60 s");
  }
}
