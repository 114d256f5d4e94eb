package dev.copydesk.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a folder given to a job holds for it: every path under the folder, in name order, except
 * hidden ones (any name under the folder starting with a dot, such as {@code .git}) and copydesk's
 * own data dir (a folder ingested from where copydesk runs holds {@code copydesk-data}, whose
 * store, databases and job files are not articles). {@link JobDraft} takes these in and {@link
 * Origin} digests a folder by the same rule.
 */
final class FolderWalk {

  private FolderWalk() {}

  /**
   * The paths under {@code folder} a job takes in (folders and links among them: the draft skips
   * the one and reports the other), in name order.
   *
   * @param dataDir absolute and normalised
   */
  static List<Path> paths(Path folder, Path dataDir) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> !p.equals(folder) && takesIn(folder, p, dataDir))
          .sorted(Comparator.naturalOrder())
          .toList();
    }
  }

  /** Whether a walk of {@code folder} takes {@code path} in (see the class comment). */
  static boolean takesIn(Path folder, Path path, Path dataDir) {
    return !isHidden(folder.relativize(path))
        && !path.toAbsolutePath().normalize().startsWith(dataDir);
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
