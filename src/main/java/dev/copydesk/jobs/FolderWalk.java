package dev.copydesk.jobs;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a folder given to a job holds for it: every path under the folder, in name order, except
 * hidden ones (any name under the folder starting with a dot, such as {@code .git}) and copydesk's
 * own data dir (a folder ingested from where copydesk runs holds {@code copydesk-data}, whose
 * store, databases and job files are not articles). {@link JobDraft} takes these in and {@link
 * Origin} digests a folder by the same rule.
 */
final class FolderWalk {

  /** A file this user may not read: its own row; the others are still taken in. */
  static final IngestError UNREADABLE_FILE =
      IngestError.of(ErrorCode.UNREADABLE_FILE, "The file could not be read (permission denied)");

  /** A named pipe, socket or device: reading one would block the intake or never end. */
  static final IngestError NOT_A_FILE =
      IngestError.of(
          ErrorCode.UNREADABLE_FILE, "Not a regular file (a named pipe, socket or device)");

  private static final IngestError UNREADABLE_FOLDER =
      IngestError.of(
          ErrorCode.UNREADABLE_FILE,
          "The folder could not be read (permission denied); the files in it were not imported");
  private static final IngestError LINK =
      IngestError.of(ErrorCode.UNSAFE_PATH, "The path is a symbolic link");

  private FolderWalk() {}

  /**
   * Where a path named on the command line is read from: the path itself, or what it links to when
   * it is a symbolic link (a folder or file the user names is followed, as {@code ls} and {@code
   * cp} do; links found inside a folder are not). A link to nothing stays the link, refused as
   * such.
   */
  static Path start(Path given) {
    if (!Files.isSymbolicLink(given)) {
      return given;
    }
    try {
      return given.toRealPath();
    } catch (IOException e) {
      return given;
    }
  }

  /**
   * Why a path found by {@link #paths} is reported instead of taken in: a link (never followed), a
   * folder or file this user cannot read; empty for what is taken in.
   */
  static Optional<IngestError> refusal(Path path) {
    if (Files.isSymbolicLink(path)) {
      return Optional.of(LINK);
    }
    if (Files.isReadable(path)) {
      return Optional.empty();
    }
    return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
        ? Optional.of(UNREADABLE_FOLDER)
        : Optional.of(UNREADABLE_FILE);
  }

  /**
   * The files under {@code folder} a job takes in, with the links and the folders that could not be
   * read (the draft reports those, see {@link #refusal}), in name order. A folder that cannot be
   * read does not stop the walk: the rest of the files are still taken in.
   *
   * @param dataDir absolute and normalised
   * @throws IOException when {@code folder} itself cannot be read
   */
  static List<Path> paths(Path folder, Path dataDir) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            return dir.equals(folder) || takesIn(folder, dir, dataDir)
                ? FileVisitResult.CONTINUE
                : FileVisitResult.SKIP_SUBTREE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (takesIn(folder, file, dataDir)) {
              found.add(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
            if (path.equals(folder)) {
              throw e;
            }
            if (takesIn(folder, path, dataDir)) {
              found.add(path);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.naturalOrder());
    return found;
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
