package dev.copydesk.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where jobs keep files: {@code <dataDir>/jobs/<id>/files/<seq>.<ext>}. A job's folder holds only
 * what it still has to process; it is removed once the job has ended.
 */
final class JobDirectories {

  private static final Logger LOG = LoggerFactory.getLogger(JobDirectories.class);

  private final Path root;

  JobDirectories(Path dataDir) {
    this.root = dataDir.resolve("jobs");
  }

  Path root() {
    return root;
  }

  /** The data dir the jobs folder is in. */
  Path dataDir() {
    return root.getParent();
  }

  Path job(String id) {
    return root.resolve(id);
  }

  Path file(String id, String storedName) {
    return job(id).resolve("files").resolve(storedName);
  }

  /** Names of the job folders present on disk. */
  List<String> present() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(root)) {
      return children.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Removes a folder and everything in it; failures are logged, never thrown. */
  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warn("Could not remove {}: {}", dir, e.toString());
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Could not remove {}: {}", file, e.toString());
    }
  }
}
