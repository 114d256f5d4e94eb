package dev.copydesk.cli;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Dedupe;
import dev.copydesk.config.Parse;
import dev.copydesk.jobs.IngestResult;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.model.EntryJson;
import dev.copydesk.pipeline.Outcome;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk ingest PATH...}: files through the pipeline into the target, as one ordered
 * batch; folders and archives as a bulk import job ({@link JobRun}).
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest article files (or folders of them) and deliver the entries to the target.",
      "Files given together form one batch: a later file can be flagged as a duplicate of an"
          + " earlier one.",
      "A folder or an archive (.zip, .tar.gz, .tgz, .tar) runs as a bulk import job, with the"
          + " other paths given: folders walked (hidden files and the data dir skipped),"
          + " archives unpacked safely, progress and ETA shown. Stopped before its end (Ctrl-C,"
          + " a crash), the same command run again takes the job up where it stood. More than"
          + " 100 files, or any paths with --report, run as a job too.",
      "Exit codes: 0 every file delivered, 1 some files failed (listed), 2 bad usage, 130"
          + " stopped by Ctrl-C."
    })
final class IngestCommand implements Callable<Integer> {

  enum TargetName {
    file,
    wordpress,
    http
  }

  enum DuplicatePolicy {
    flag,
    drop_exact
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, folders, or archives (.zip, .tar.gz, .tgz, .tar) to ingest.")
  List<Path> paths;

  @Option(names = "--dry-run", description = "Parse and check, deliver nothing.")
  boolean dryRun;

  @Option(
      names = "--json",
      description = "Print one entry JSON per line on stdout and nothing else there.")
  boolean json;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Write every file's outcome to FILE: CSV, or JSON for a name ending in .json (the"
              + " report of GET api/v1/imports/{id}/report); the paths then run as a job. Above "
              + SummaryTable.MAX_ROWS
              + " files the terminal gets the totals, the flags counted and the failures, and"
              + " without this option every row goes to <dataDir>/reports/job-<id>.csv.")
  Path report;

  @Option(
      names = "--target",
      paramLabel = "NAME",
      description = "Where entries go: ${COMPLETION-CANDIDATES} (default: from config, else file).")
  TargetName target;

  @Option(
      names = "--duplicates",
      paramLabel = "POLICY",
      converter = DuplicatePolicyConverter.class,
      description = "flag (default): keep repeats and flag them; drop-exact: remove exact repeats.")
  DuplicatePolicy duplicates;

  @Option(
      names = "--parse",
      paramLabel = "MODE",
      description =
          "in-process (default on the command line: trusted files, fastest) or forked (each file"
              + " parsed in a separate, memory-capped JVM that is killed on a hang).")
  String parse;

  @Mixin ConfigOptions configOptions = new ConfigOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new ParameterException(spec.commandLine(), "No such file or folder: " + path);
      }
    }
    CopydeskConfig config = configure(configOptions.load());
    if (report != null
        || paths.size() > SummaryTable.MAX_ROWS
        || paths.stream().anyMatch(JobRun::makesAJob)) {
      CommandLine command = spec.commandLine();
      ReportFile reportFile = report == null ? null : new ReportFile(report);
      return new JobRun(config, dryRun, json, reportFile, command.getOut(), command.getErr())
          .run(paths);
    }
    List<IngestResult> ingested = new ArrayList<>();
    PrintWriter out = spec.commandLine().getOut();
    List<IngestResult> results;
    try (EarlierEntries earlier = EarlierEntries.open(config, dryRun);
        Ingestion ingestion =
            dryRun
                ? Ingestion.forDryRuns(config, earlier.index())
                : Ingestion.create(config, earlier.index());
        ProgressBar progress =
            ProgressBars.start("Ingesting", paths.size(), spec.commandLine().getErr())) {
      ingestion.ingestAll(
          paths,
          dryRun,
          result -> {
            ingested.add(result);
            if (json && result.outcome() instanceof Outcome.Accepted accepted) {
              out.println(EntryJson.write(accepted.entry()));
            }
            if (progress != null) {
              progress.step();
            }
          });
      if (!dryRun) {
        DeliveryWait.await(
            ingestion.publisher(),
            config.delivery().target(),
            config.dataPath(),
            spec.commandLine().getErr());
      }
      results = SummaryTable.withLatestDelivery(ingested, ingestion.publisher());
    }
    SummaryTable.ofBatch(results, paths)
        .print(json ? spec.commandLine().getErr() : out, ""); // at most MAX_ROWS: every row
    out.flush();
    return results.stream().allMatch(SummaryTable::succeeded) ? 0 : 1;
  }

  private CopydeskConfig configure(CopydeskConfig config) {
    CopydeskConfig result = config.withParse(config.parse().resolve(Parse.IN_PROCESS));
    if (parse != null) {
      if (!parse.equals(Parse.IN_PROCESS) && !parse.equals(Parse.FORKED)) {
        throw new ParameterException(
            spec.commandLine(), "--parse must be 'in-process' or 'forked', not '" + parse + "'");
      }
      Parse settings = result.parse();
      result =
          result.withParse(new Parse(parse, settings.forkedWorkers(), settings.forkedHeapMb()));
    }
    if (target != null) {
      result = result.withDelivery(result.delivery().withTarget(target.name()));
    }
    if (duplicates != null) {
      result =
          result.withDedupe(new Dedupe(duplicates == DuplicatePolicy.flag ? "flag" : "drop-exact"));
    }
    return result;
  }
}
