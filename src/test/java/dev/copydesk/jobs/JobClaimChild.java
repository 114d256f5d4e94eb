package dev.copydesk.jobs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A separate JVM for {@link JobClaimTest}: tries to claim the folder {@code args[0]}, prints HELD
 * (then waits to be killed) or REFUSED (then exits).
 */
public final class JobClaimChild {

  private JobClaimChild() {}

  public static void main(String[] args) throws Exception {
    Optional<JobClaim> claim = JobClaim.tryTake(Path.of(args[0]));
    System.out.println(claim.isPresent() ? "HELD" : "REFUSED");
    System.out.flush();
    if (claim.isPresent()) {
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
