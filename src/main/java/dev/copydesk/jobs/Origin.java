package dev.copydesk.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a command-line job was made from: the paths as given (absolute, one per line) and a digest
 * of what they held when the job was taken in (every file's relative name, size and modification
 * time, and whether it was a dry run). The same command run again after an interruption finds its
 * unfinished job by it; a changed folder or archive gives another digest, so its old job is not
 * taken for it.
 */
public record Origin(String paths, String digest) {

  /**
   * Reads the paths' current state: a stat of every file a job would take in under them (hidden
   * files and copydesk's own {@code dataDir} left out by {@link FolderWalk#takesIn}, as for the
   * job), no file contents. A file or folder that cannot be read counts as such, so it changes the
   * digest without failing it.
   */
  public static Origin of(List<Path> paths, boolean dryRun, Path dataDir) throws IOException {
    StringBuilder names = new StringBuilder();
    MessageDigest sha = Stager.sha256();
    add(sha, dryRun ? "dry-run" : "run");
    for (Path given : paths) {
      Path root = given.toAbsolutePath().normalize();
      names.append(names.isEmpty() ? "" : "\n").append(root);
      add(sha, root.toString());
      Path walked = FolderWalk.start(root); // a named link: what it links to
      Stats stats = new Stats(walked, dataDir.toAbsolutePath().normalize());
      Files.walkFileTree(walked, stats);
      stats.lines.stream()
          .sorted()
          .forEach(line -> add(sha, line)); // a folder's order is the disk's
    }
    return new Origin(names.toString(), HexFormat.of().formatHex(sha.digest()));
  }

  /** Whether both name the same paths, whatever the paths held. */
  boolean samePaths(Origin other) {
    return other != null && paths.equals(other.paths);
  }

  private static void add(MessageDigest sha, String line) {
    sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * One line per file: its name under the root, size and modification time. Folders' own times are
   * left out: they change with anything made in them (a data dir, a {@code .DS_Store}).
   */
  private static final class Stats extends SimpleFileVisitor<Path> {

    private final Path root;
    private final Path dataDir;
    private final List<String> lines = new ArrayList<>();

    Stats(Path root, Path dataDir) {
      this.root = root;
      this.dataDir = dataDir;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      return takenIn(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      if (takenIn(file)) {
        String stat = attributes.size() + "\t" + attributes.lastModifiedTime().toMillis();
        lines.add(root.relativize(file) + "\t" + stat);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      lines.add(root.relativize(file) + "\tunreadable");
      return FileVisitResult.CONTINUE;
    }

    /** The root itself always counts (a hidden archive given by name is still taken in). */
    private boolean takenIn(Path path) {
      return path.equals(root) || FolderWalk.takesIn(root, path, dataDir);
    }
  }
}
