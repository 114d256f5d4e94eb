package dev.copydesk.cli;

import dev.copydesk.config.ConfigException;
import dev.copydesk.extract.SaxFactoryLookup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code copydesk} command. Exit codes: 0 all done, 1 some files failed, 2 bad usage. */
@Command(
    name = "copydesk",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns article files into clean, deduplicated CMS entries.",
    subcommands = {
      IngestCommand.class,
      ServeCommand.class,
      JobsCommand.class,
      DeadLettersCommand.class,
      ConflictsCommand.class
    })
public final class Main {

  static final int EXIT_FAILED = 1;
  static final int EXIT_USAGE = 2;

  public static void main(String[] args) {
    SaxFactoryLookup.rememberInThisJvm();
    System.exit(commandLine().execute(args));
  }

  /** The command line with copydesk's error handling: a message, never a stack trace. */
  static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(
            (error, command, parseResult) -> {
              boolean usage = error instanceof ConfigException;
              command.getErr().println("copydesk: " + error.getMessage());
              return usage ? EXIT_USAGE : EXIT_FAILED;
            });
  }
}
