package dev.copydesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk jobs list|show ID|watch ID}: bulk import jobs on a running server, over its HTTP
 * API with the bearer token from {@code COPYDESK_TOKEN} (never a command-line argument, which other
 * users of the machine could read). Exit codes: 0 done without failures, 1 failures or not found, 2
 * bad usage.
 */
@Command(
    name = "jobs",
    description = "Bulk import jobs on a running copydesk server.",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT, // --help on every subcommand
    subcommands = {JobsCommand.ListJobs.class, JobsCommand.Show.class, JobsCommand.Watch.class})
public final class JobsCommand {

  static final String DEFAULT_URL = "http://127.0.0.1:8080/copydesk";

  @Option(
      names = "--url",
      description = "Server base URL (default: ${DEFAULT-VALUE}).",
      defaultValue = DEFAULT_URL,
      scope = ScopeType.INHERIT) // before or after the subcommand
  String url;

  private final Map<String, String> env;

  public JobsCommand() {
    this(System.getenv());
  }

  JobsCommand(Map<String, String> env) {
    this.env = env;
  }

  JobsClient client() {
    return new JobsClient(url, env.get("COPYDESK_TOKEN"));
  }

  /** Runs a subcommand body, turning a client failure into its message and exit code 1. */
  abstract static class Sub implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand JobsCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
      try {
        return run(parent.client(), spec.commandLine().getOut());
      } catch (JobsClient.Failure e) {
        spec.commandLine().getErr().println(e.getMessage());
        return 1;
      }
    }

    abstract int run(JobsClient client, PrintWriter out)
        throws JobsClient.Failure, InterruptedException;
  }

  @Command(name = "list", description = "The newest jobs.")
  static final class ListJobs extends Sub {
    @Override
    int run(JobsClient client, PrintWriter out) throws JobsClient.Failure, InterruptedException {
      JsonNode body = client.get("/api/v1/imports");
      JsonNode jobs = body.isArray() ? body : body.path("jobs");
      if (jobs.isEmpty()) {
        out.println(
            "No import jobs on this server yet: POST files or a zip to its /api/v1/imports"
                + " (docs/bulk.md) to start one.");
      } else {
        out.println(JobsTable.header());
        jobs.forEach(job -> out.println(JobsTable.row(job)));
      }
      out.flush();
      return 0;
    }
  }

  @Command(name = "show", description = "One job's progress and its failed files.")
  static final class Show extends Sub {
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    int run(JobsClient client, PrintWriter out) throws JobsClient.Failure, InterruptedException {
      JsonNode report = client.get("/api/v1/imports/" + id + "/report");
      JobsTable.details(report.path("job"), out);
      List<JsonNode> failed = JobsTable.failed(report.path("files"));
      failed.forEach(file -> out.println(JobsTable.failure(file)));
      out.flush();
      return failed.isEmpty() && "done".equals(report.path("job").path("state").asText()) ? 0 : 1;
    }
  }

  @Command(name = "watch", description = "Follow a job until it ends (progress on stderr).")
  static final class Watch extends Sub {
    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--interval-ms", defaultValue = "1000", description = "Poll interval.")
    long intervalMs;

    @Override
    int run(JobsClient client, PrintWriter out) throws JobsClient.Failure, InterruptedException {
      PrintWriter err = spec.commandLine().getErr();
      boolean terminal = ProgressBars.onTerminal();
      long lineDue = System.nanoTime();
      JsonNode status = client.get("/api/v1/imports/" + id);
      while (!JobsTable.ended(status)) {
        if (terminal) {
          err.print("\r" + JobsTable.progress(status));
        } else if (System.nanoTime() - lineDue >= 0) { // a log: a line now and then, not redraws
          err.println(JobsTable.progress(status));
          lineDue = System.nanoTime() + ProgressBars.LOGGED_EVERY.toNanos();
        }
        err.flush();
        Thread.sleep(intervalMs);
        status = client.get("/api/v1/imports/" + id);
      }
      err.println((terminal ? "\r" : "") + JobsTable.progress(status));
      err.flush();
      JobsTable.details(status, out);
      out.flush();
      return "done".equals(status.path("state").asText()) && status.path("failed").asInt() == 0
          ? 0
          : 1;
    }
  }
}
