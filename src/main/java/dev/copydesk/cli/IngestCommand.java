package dev.copydesk.cli;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Dedupe;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.jobs.IngestResult;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.model.EntryJson;
import dev.copydesk.pipeline.Outcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code copydesk ingest PATH...}: files and folders through the pipeline into the target. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest article files (or folders of them) and deliver the entries to the target.",
      "Files given together form one batch: a later file can be flagged as a duplicate of an"
          + " earlier one.",
      "Exit codes: 0 every file delivered, 1 some files failed (listed), 2 bad usage."
    })
final class IngestCommand implements Callable<Integer> {

  /** Below this many files a progress bar is more noise than help. */
  private static final int PROGRESS_MIN_FILES = 4;

  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(10);

  enum TargetName {
    file,
    wordpress,
    http
  }

  enum DuplicatePolicy {
    flag,
    drop_exact
  }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths;

  @Option(names = "--dry-run", description = "Parse and check, deliver nothing.")
  boolean dryRun;

  @Option(
      names = "--json",
      description = "Print one entry JSON per line on stdout and nothing else there.")
  boolean json;

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

  @Mixin ConfigOptions configOptions = new ConfigOptions();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CopydeskConfig config = configure(configOptions.load());
    List<Path> files = InputFiles.collect(paths);
    List<IngestResult> results = new ArrayList<>();
    PrintWriter out = spec.commandLine().getOut();
    try (Ingestion ingestion = Ingestion.create(config, new InMemoryDuplicateIndex());
        ProgressBar progress = progressBar(files.size())) {
      for (Path file : files) {
        IngestResult result = ingestion.ingest(file, file.getFileName().toString(), dryRun);
        results.add(result);
        if (json && result.outcome() instanceof Outcome.Accepted accepted) {
          out.println(EntryJson.write(accepted.entry()));
        }
        if (progress != null) {
          progress.step();
        }
      }
      if (!dryRun) {
        ingestion.publisher().drain(DRAIN_TIMEOUT);
      }
      results = SummaryTable.withLatestDelivery(results, ingestion.publisher());
    }
    new SummaryTable(results, files).print(json ? spec.commandLine().getErr() : out);
    out.flush();
    return results.stream().allMatch(SummaryTable::succeeded) ? 0 : 1;
  }

  private CopydeskConfig configure(CopydeskConfig config) {
    CopydeskConfig result = config;
    if (target != null) {
      result = result.withDelivery(result.delivery().withTarget(target.name()));
    }
    if (duplicates != null) {
      result =
          result.withDedupe(new Dedupe(duplicates == DuplicatePolicy.flag ? "flag" : "drop-exact"));
    }
    return result;
  }

  private static ProgressBar progressBar(int total) {
    if (total < PROGRESS_MIN_FILES) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName("Ingesting")
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(" files", 1)
        .showSpeed()
        .build();
  }
}
