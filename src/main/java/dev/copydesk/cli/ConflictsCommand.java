package dev.copydesk.cli;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.jobs.Deliveries;
import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.publish.OutboxPublisher;
import dev.copydesk.publish.Publishers;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk conflicts list|resolve ID --overwrite|--skip}: updates held because an editor
 * changed the CMS item after copydesk's last delivery, and their resolution.
 */
@Command(
    name = "conflicts",
    mixinStandardHelpOptions = true,
    description = "Updates held because an editor changed the CMS item: list or resolve them.",
    subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Resolve.class})
final class ConflictsCommand {

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List held updates.")
  static final class ListConflicts implements Callable<Integer> {

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
        List<DeliveryStatus> held = new Deliveries(publisher).conflicts();
        out.printf("%-32s  %-9s  %-10s  %s%n", "ENTRY", "TARGET", "CMS ID", "WHY");
        for (DeliveryStatus status : held) {
          out.printf(
              "%-32s  %-9s  %-10s  %s%n",
              status.entryId(), status.target(), status.cmsId(), status.detail());
        }
        out.printf("%d conflict(s)%n", held.size());
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "resolve",
      mixinStandardHelpOptions = true,
      description =
          "Resolve one held update: --overwrite delivers copydesk's version over the"
              + " editor's changes, --skip keeps the CMS version.")
  static final class Resolve implements Callable<Integer> {

    @Parameters(paramLabel = "ENTRY_ID")
    String entryId;

    @ArgGroup(multiplicity = "1")
    Choice choice;

    static final class Choice {
      @Option(names = "--overwrite", required = true)
      boolean overwrite;

      @Option(names = "--skip", required = true)
      boolean skip;
    }

    @Mixin ConfigOptions configOptions = new ConfigOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Deliveries.Resolution resolution =
          choice.overwrite ? Deliveries.Resolution.OVERWRITE : Deliveries.Resolution.SKIP;
      CopydeskConfig config = configOptions.load();
      if (NoDataDir.told(config, spec.commandLine().getErr())) {
        return Main.EXIT_FAILED;
      }
      try (OutboxPublisher publisher = Publishers.create(config)) {
        Optional<DeliveryStatus> state = new Deliveries(publisher).resolve(entryId, resolution);
        if (state.isEmpty()) {
          spec.commandLine().getErr().println("copydesk: entry " + entryId + " is not in conflict");
          return Main.EXIT_FAILED;
        }
        if (resolution == Deliveries.Resolution.OVERWRITE) {
          publisher.drain(DeadLettersCommand.RETRY_WAIT);
        }
        DeliveryStatus now = publisher.status(entryId).orElse(state.get());
        spec.commandLine().getOut().printf("%s: %s%n", entryId, now.state());
        spec.commandLine().getOut().flush();
        return 0;
      }
    }
  }
}
