package dev.copydesk.cli;

import dev.copydesk.publish.Backlog;
import dev.copydesk.publish.Publisher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The wait, at the end of a command-line run, for its entries to reach the target: at most {@link
 * #TIMEOUT}. While some are not delivered, stderr says how many, the target's last failure, until
 * when it keeps trying and that Ctrl-C leaves them queued for the next run or server: with the CMS
 * down, a run used to sit silent for the whole ten minutes.
 */
final class DeliveryWait {

  private static final Duration TIMEOUT = Duration.ofMinutes(10);
  private static final Duration FIRST_NOTE = Duration.ofSeconds(5);
  private static final Duration NOTE_EVERY = Duration.ofSeconds(30);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private DeliveryWait() {}

  /** Whether everything was delivered (or refused for good) within {@link #TIMEOUT}. */
  static boolean await(Publisher publisher, String target, Path dataDir, PrintWriter err) {
    return await(publisher, target, dataDir, err, TIMEOUT);
  }

  static boolean await(
      Publisher publisher, String target, Path dataDir, PrintWriter err, Duration timeout) {
    Instant until = Instant.now().plus(timeout);
    Duration wait = FIRST_NOTE;
    while (!publisher.drain(wait)) {
      if (Instant.now().isAfter(until)) {
        err.println(
            note(publisher.backlog(), target, dataDir)
                + " Not waiting longer; see each file's delivery below.");
        err.flush();
        return false;
      }
      err.println(
          note(publisher.backlog(), target, dataDir)
              + " Still trying until "
              + CLOCK.format(until)
              + "; Ctrl-C stops waiting.");
      err.flush();
      wait = NOTE_EVERY;
    }
    return true;
  }

  private static String note(Backlog backlog, String target, Path dataDir) {
    int n = backlog.entries();
    return "Delivery to "
        + target
        + ": "
        + n
        + (n == 1 ? " entry" : " entries")
        + " not delivered yet"
        + (backlog.lastFailure() == null ? "" : " (last failure: " + backlog.lastFailure() + ")")
        + ". They stay queued in "
        + dataDir.toAbsolutePath()
        + ", and the next copydesk command or server using it delivers them.";
  }
}
