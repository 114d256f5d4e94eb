package dev.copydesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed number of raw-body uploads of one file from a few concurrent clients, sent by {@code hey}
 * (Debian package; a separate process, so the load generator shares neither heap nor JIT with the
 * servers under test). Collects every latency from hey's per-request CSV; any unexpected status
 * fails the run.
 */
final class UploadLoad {

  /** One server under test: where to send and what a success looks like. */
  record Subject(String name, URI uri, String token, int okStatus) {}

  /** One file to send. */
  record Upload(String fileName, String mediaType, byte[] bytes) {}

  /** Latencies in nanoseconds and the wall time of the whole block. */
  record Block(List<Long> latencies, long wallNanos) {}

  private UploadLoad() {}

  static Block run(Subject subject, Upload upload, int requests, int clients) throws Exception {
    Path body = Files.createTempFile("upload-load", ".bin");
    try {
      Files.write(body, upload.bytes());
      List<String> command =
          new ArrayList<>(
              List.of(
                  "hey",
                  "-n",
                  String.valueOf(requests),
                  "-c",
                  String.valueOf(clients),
                  "-m",
                  "POST",
                  "-t",
                  "120",
                  "-o",
                  "csv",
                  "-T",
                  upload.mediaType(),
                  "-H",
                  "Content-Disposition: attachment; filename=\"" + upload.fileName() + "\"",
                  "-D",
                  body.toString()));
      if (subject.token() != null) {
        command.addAll(List.of("-H", "Authorization: Bearer " + subject.token()));
      }
      command.add(subject.uri().toString());
      long start = System.nanoTime();
      Process hey = new ProcessBuilder(command).redirectErrorStream(true).start();
      List<String> rows;
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(hey.getInputStream(), StandardCharsets.UTF_8))) {
        rows = out.lines().toList();
      }
      int exit = hey.waitFor();
      long wall = System.nanoTime() - start;
      return new Block(latencies(subject, rows, requests, exit), wall);
    } finally {
      Files.deleteIfExists(body);
    }
  }

  /** CSV columns: response-time (s), dial, dns, write, delay, read, status-code, offset. */
  private static List<Long> latencies(Subject subject, List<String> rows, int requests, int exit) {
    List<Long> latencies = new ArrayList<>();
    for (String row : rows.subList(Math.min(1, rows.size()), rows.size())) {
      String[] cells = row.split(",");
      if (cells.length < 7 || Integer.parseInt(cells[6]) != subject.okStatus()) {
        throw new IllegalStateException(subject.name() + " answered: " + row);
      }
      latencies.add(Math.round(Double.parseDouble(cells[0]) * 1e9));
    }
    if (exit != 0 || latencies.size() != requests) {
      throw new IllegalStateException(
          "hey exited "
              + exit
              + " with "
              + latencies.size()
              + " of "
              + requests
              + " replies: "
              + String.join("\n", rows.subList(0, Math.min(5, rows.size()))));
    }
    return latencies;
  }
}
