package dev.copydesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Samples a JVM's heap once a second with {@code jstat -gc PID 1000} (heap used = survivors + eden
 * + old), and with each sample the resident memory and CPU time of the JVM and its child processes
 * (forked parsers) from {@code /proc}: on a shared machine CPU seconds per file compare better than
 * wall time. The summary splits the run into quarters: the lowest heap used in a quarter is about
 * the live set after a collection, so a floor that does not climb from quarter to quarter is memory
 * that stays steady.
 */
final class HeapSampler implements AutoCloseable {

  /** One sample: seconds since start, heap used and old generation in MB, RSS of the tree in MB. */
  record Sample(double seconds, double usedMb, double oldMb, double treeRssMb, int fullGcs) {}

  private final Process jstat;
  private final long pid;
  private final long startNanos = System.nanoTime();
  private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

  /** CPU ticks last seen per process of the tree: children that exit keep their last figure. */
  private final Map<Long, Long> cpuTicks = new ConcurrentHashMap<>();

  private HeapSampler(Process jstat, long pid) {
    this.jstat = jstat;
    this.pid = pid;
  }

  static HeapSampler start(long pid) throws IOException {
    Process jstat =
        new ProcessBuilder("jstat", "-gc", Long.toString(pid), "1000")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    HeapSampler sampler = new HeapSampler(jstat, pid);
    Thread reader = new Thread(sampler::read, "jstat-" + pid);
    reader.setDaemon(true);
    reader.start();
    return sampler;
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
      List<String> header = null;
      String line;
      while ((line = in.readLine()) != null) {
        List<String> fields = List.of(line.trim().split("\\s+"));
        if (fields.contains("EU")) {
          header = fields;
        } else if (header != null && fields.size() == header.size()) {
          samples.add(sample(header, fields));
        }
      }
    } catch (IOException | RuntimeException e) {
      // jstat ended with the JVM it watched: the samples so far are the result
    }
  }

  private Sample sample(List<String> header, List<String> fields) {
    double usedKb = 0;
    for (String column : List.of("S0U", "S1U", "EU", "OU")) {
      usedKb += value(header, fields, column);
    }
    return new Sample(
        (System.nanoTime() - startNanos) / 1e9,
        usedKb / 1024,
        value(header, fields, "OU") / 1024,
        treeRssMb(),
        (int) value(header, fields, "FGC"));
  }

  private static double value(List<String> header, List<String> fields, String column) {
    int at = header.indexOf(column);
    return at < 0 ? 0 : Double.parseDouble(fields.get(at));
  }

  private double treeRssMb() {
    return ProcessHandle.of(pid)
        .map(
            self ->
                Stream.concat(Stream.of(self), self.descendants())
                    .peek(this::readCpu)
                    .mapToDouble(HeapSampler::rssMb)
                    .sum())
        .orElse(0.0);
  }

  /** Keeps each process's last CPU figure, so one that ended still counts. */
  private void readCpu(ProcessHandle process) {
    ProcessCpu.ticks(process).ifPresent(ticks -> cpuTicks.put(process.pid(), ticks));
  }

  /** CPU seconds used so far by the JVM and its children (read now; 100 ticks per second). */
  double cpuSeconds() {
    treeRssMb();
    return cpuTicks.values().stream().mapToLong(Long::longValue).sum()
        / ProcessCpu.TICKS_PER_SECOND;
  }

  private static double rssMb(ProcessHandle process) {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between listing and reading
    }
    return 0;
  }

  List<Sample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  /** Peak heap, peak RSS, full GCs, and per quarter of the run the heap floor and peak. */
  String summary() {
    List<Sample> all = samples();
    if (all.isEmpty()) {
      return "no heap samples (jstat could not attach)";
    }
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "heap used peak %.0f MB (cap 512), old gen peak %.0f MB, full GCs %d, RSS peak"
                    + " (server + children) %.0f MB, %d samples; per quarter, heap floor/peak MB:",
                all.stream().mapToDouble(Sample::usedMb).max().orElse(0),
                all.stream().mapToDouble(Sample::oldMb).max().orElse(0),
                all.get(all.size() - 1).fullGcs(),
                all.stream().mapToDouble(Sample::treeRssMb).max().orElse(0),
                all.size()));
    for (int quarter = 0; quarter < 4; quarter++) {
      List<Sample> part =
          all.subList(
              quarter * all.size() / 4,
              Math.max(quarter * all.size() / 4 + 1, (quarter + 1) * all.size() / 4));
      text.append(
          String.format(
              Locale.ROOT,
              " %.0f/%.0f",
              part.stream().mapToDouble(Sample::usedMb).min().orElse(0),
              part.stream().mapToDouble(Sample::usedMb).max().orElse(0)));
    }
    return text.toString();
  }

  /** Writes every sample as CSV, for a plot. */
  void writeCsv(Path file) throws IOException {
    List<String> lines =
        new ArrayList<>(List.of("seconds,heap_used_mb,old_mb,tree_rss_mb,full_gcs"));
    for (Sample s : samples()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "%.1f,%.1f,%.1f,%.1f,%d",
              s.seconds(),
              s.usedMb(),
              s.oldMb(),
              s.treeRssMb(),
              s.fullGcs()));
    }
    Files.write(file, lines);
  }

  @Override
  public void close() {
    jstat.destroy();
  }
}
