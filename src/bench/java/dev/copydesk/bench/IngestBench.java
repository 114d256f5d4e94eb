package dev.copydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 3's benchmark: a corpus of copies of {@code seeds/} (all formats), then, alternating, a
 * cold JVM of plain Tika ({@link PlainTikaParse}), {@code ./copydesk ingest --dry-run} (the shipped
 * launcher, with its JVM options for short runs) and, for comparison, {@code java -jar copydesk.jar
 * ingest --dry-run} with the JVM's defaults, all on the same files with a 256 MB heap cap. Prints
 * the median wall times and the ratios; the launcher's is the one that counts.
 */
public final class IngestBench {

  private static final int MIN_FILES = 500;
  private static final int ROUNDS = 3;
  private static final String HEAP = "-Xmx256m";

  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    Path corpus = buildCorpus(Path.of("seeds"), Path.of("target/bench/corpus"));
    String classpath = System.getProperty("java.class.path");
    // The launcher's first ingest after a build writes its class-data archive: not a timed run.
    time(List.of("./copydesk", "ingest", "--dry-run", "seeds"));
    List<Long> plain = new ArrayList<>();
    List<Long> launcher = new ArrayList<>();
    List<Long> defaults = new ArrayList<>();
    String started = LoadAverage.now();
    for (int round = 0; round < ROUNDS; round++) {
      plain.add(
          time(
              List.of(
                  "java",
                  HEAP,
                  "-cp",
                  classpath,
                  PlainTikaParse.class.getName(),
                  corpus.toString())));
      launcher.add(time(List.of("./copydesk", "ingest", "--dry-run", corpus.toString())));
      defaults.add(
          time(
              List.of(
                  "java",
                  HEAP,
                  "-jar",
                  "target/copydesk.jar",
                  "ingest",
                  "--dry-run",
                  corpus.toString())));
    }
    long plainMs = median(plain);
    System.out.printf("ingest: load average %s at start, %s at end%n", started, LoadAverage.now());
    System.out.printf(
        "ingest: %d files, heap cap 256 MB, %d rounds (median)%n", countFiles(corpus), ROUNDS);
    System.out.printf("  plain Tika (AutoDetectParser + BodyContentHandler): %6d ms%n", plainMs);
    System.out.printf(
        "  ./copydesk ingest --dry-run:                        %6d ms  ratio %.2fx"
            + " (required <= 1.5x, goal 1.15x)%n",
        median(launcher), (double) median(launcher) / plainMs);
    System.out.printf(
        "  java -jar copydesk.jar ingest --dry-run (defaults): %6d ms  ratio %.2fx%n",
        median(defaults), (double) median(defaults) / plainMs);
  }

  static Path buildCorpus(Path seeds, Path corpus) throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.list(seeds)) {
      sources =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
    }
    if (sources.isEmpty()) {
      throw new IllegalStateException("no files in " + seeds);
    }
    Files.createDirectories(corpus);
    int copies = (MIN_FILES + sources.size() - 1) / sources.size();
    for (int copy = 0; copy < copies; copy++) {
      for (Path source : sources) {
        Path target = corpus.resolve(String.format("%03d-%s", copy, source.getFileName()));
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return corpus;
  }

  static long time(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("COPYDESK_JAVA_OPTS", HEAP);
    Process process =
        builder
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            // The progress bar and warnings would drown the figures: keep them for inspection.
            .redirectError(
                ProcessBuilder.Redirect.appendTo(new java.io.File("target/bench/stderr.log")))
            .start();
    int exit = process.waitFor();
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    if (exit > 1) {
      throw new IllegalStateException(command + " exited " + exit);
    }
    return elapsed;
  }

  static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static long countFiles(Path folder) throws IOException {
    try (Stream<Path> walk = Files.list(folder)) {
      return walk.count();
    }
  }
}
