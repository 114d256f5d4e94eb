package dev.copydesk.cli;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.publish.DeadLetters.DeadLetter;
import dev.copydesk.publish.OutboxPublisher;
import dev.copydesk.publish.Publishers;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk deadletters list|retry ID|retry --all}: entries the CMS refused for good, with
 * its reply, and re-driving them once the cause is fixed.
 */
@Command(
    name = "deadletters",
    mixinStandardHelpOptions = true,
    description = "Entries the CMS refused permanently: list them, or deliver them again.",
    subcommands = {DeadLettersCommand.ListDead.class, DeadLettersCommand.Retry.class})
final class DeadLettersCommand {

  /** How long a retry waits to report the new state before leaving it to the relay. */
  static final Duration RETRY_WAIT = Duration.ofSeconds(30);

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List dead letters.")
  static final class ListDead implements Callable<Integer> {

    @Mixin ConfigOptions configOptions = new ConfigOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      CopydeskConfig config = configOptions.load();
      if (NoDataDir.told(config, spec.commandLine().getErr())) {
        return Main.EXIT_FAILED;
      }
      try (OutboxPublisher publisher = Publishers.create(config)) {
        List<DeadLetter> dead = publisher.deadLetters().list();
        out.printf("%-32s  %-8s  %6s  %s%n", "ENTRY", "TARGET", "STATUS", "TITLE / CMS REPLY");
        for (DeadLetter letter : dead) {
          out.printf(
              "%-32s  %-8s  %6d  %s%n%44s%s%n",
              letter.entryId(),
              letter.target(),
              letter.status(),
              letter.title(),
              "",
              clip(letter.reply()));
        }
        out.printf("%d dead letter(s)%n", dead.size());
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "retry",
      mixinStandardHelpOptions = true,
      description = "Queue dead letters for delivery again (one by entry id, or --all).")
  static final class Retry implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "ENTRY_ID")
    String entryId;

    @Option(names = "--all", description = "Retry every dead letter.")
    boolean all;

    @Mixin ConfigOptions configOptions = new ConfigOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (all == (entryId != null)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "give one ENTRY_ID or --all");
      }
      PrintWriter out = spec.commandLine().getOut();
      CopydeskConfig config = configOptions.load();
      if (NoDataDir.told(config, spec.commandLine().getErr())) {
        return Main.EXIT_FAILED;
      }
      try (OutboxPublisher publisher = Publishers.create(config)) {
        int queued = all ? publisher.deadLetters().retryAll() : retryOne(publisher);
        if (queued == 0) {
          if (all) {
            out.println("No dead letters to retry.");
            out.flush();
          }
          return Main.EXIT_FAILED;
        }
        boolean settled = publisher.drain(RETRY_WAIT);
        out.printf(
            "%d entr%s queued again; %s%n",
            queued,
            queued == 1 ? "y" : "ies",
            settled
                ? "delivery finished (see deadletters list)"
                : "still delivering in the background");
        out.flush();
        return 0;
      }
    }

    private int retryOne(OutboxPublisher publisher) {
      boolean found = publisher.deadLetters().retry(entryId);
      if (!found) {
        spec.commandLine().getErr().println("copydesk: no dead letter for entry " + entryId);
      }
      return found ? 1 : 0;
    }
  }

  private static String clip(String reply) {
    String flat = reply == null ? "" : reply.replaceAll("\\s+", " ");
    return flat.length() <= 160 ? flat : flat.substring(0, 159) + "…";
  }
}
