package dev.copydesk.publish;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The process {@link OutboxKillTest} kills: submits entries {@code k0..k(n-1)} that the outbox does
 * not hold yet (as a resumed bulk import would), then waits for delivery. Prints {@code ACCEPTED
 * id} only after submit returned, i.e. after the commit.
 */
public final class OutboxKillChild {

  private OutboxKillChild() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    URI cms = URI.create(args[1]);
    int count = Integer.parseInt(args[2]);
    HttpTarget target = new HttpTarget(cms, "t", Duration.ofSeconds(2), Duration.ofSeconds(5));
    RelaySettings settings =
        RelaySettings.defaults()
            .withWorkers(2)
            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(500))
            .withSeed(7);
    try (OutboxPublisher publisher = OutboxPublisher.open(dataDir, target, settings)) {
      System.out.println("STARTED");
      for (int i = 0; i < count; i++) {
        String id = "k" + i;
        if (publisher.status(id).isEmpty()) {
          publisher.submit(Entries.entry(id, "Kill test " + i));
          System.out.println("ACCEPTED " + id);
          Thread.sleep(5);
        }
      }
      boolean drained = publisher.drain(Duration.ofSeconds(120));
      System.out.println(drained ? "DONE" : "TIMEOUT");
    }
  }
}
