package dev.copydesk.jobs;

import dev.copydesk.config.Limits;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.IngestError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A job being taken in: files and archives are added one at a time (a servlet can stream multipart
 * parts straight in), then {@link Jobs#submit} makes it durable and queues it. Closing a draft that
 * was not submitted removes everything it stored. The draft claims its folder ({@link JobClaim})
 * from the start, so another process starting meanwhile does not tidy it away as a leftover.
 */
public final class JobDraft implements AutoCloseable {

  private final String id;
  private final String name;
  private final boolean dryRun;
  private final Origin origin;
  private final Path dir;
  private final Path dataDir;
  private final JobClaim claim;
  private final StagedSyncs syncs = new StagedSyncs();
  private final Stager stager;
  private final IntakeBudget budget;
  private final ArchiveIntake archives;
  private final List<StagedFile> files = new ArrayList<>();
  private final List<String> sent = new ArrayList<>();
  private final SavedPages savedPages = new SavedPages();
  private volatile int taken;
  private final IntakeGuard guard;
  private boolean submitted;

  JobDraft(
      String id, String name, boolean dryRun, Origin origin, JobDirectories dirs, Limits limits)
      throws IOException {
    this.id = id;
    this.name = name;
    this.dryRun = dryRun;
    this.origin = origin;
    this.dir = dirs.job(id);
    this.dataDir = dirs.dataDir().toAbsolutePath().normalize();
    this.claim =
        JobClaim.tryTake(dir)
            .orElseThrow(() -> new IOException("The job folder " + dir + " is in use"));
    try {
      Files.createDirectories(dir.resolve("files"));
    } catch (IOException e) {
      claim.close();
      throw e;
    }
    this.stager = new Stager(dir.resolve("files"), limits.maxFileBytes(), !dryRun, syncs);
    this.budget = new IntakeBudget(limits);
    this.archives = new ArchiveIntake(this, budget, dir);
    this.guard = new IntakeGuard(id, this::reject);
  }

  /**
   * Takes in one file as sent; a {@code .zip}, {@code .tar.gz} or {@code .tar} is unpacked. A bad
   * file becomes a failed row of the job.
   *
   * @return the error that fails the whole submission (a bomb, too many entries), if any
   */
  public Optional<IngestError> add(String fileName, InputStream content) {
    // a part's name is a label; some browsers send the client's full path, which is of no use
    String base = EntryName.baseName(fileName.replace('\\', '/'));
    sent.add(base);
    return guard.run(base, () -> take(EntryName.clean(base), content, 0));
  }

  /**
   * Takes in one archive that is the whole submission: if it cannot be read at all, the whole
   * submission fails with that code (a non-zip sent as {@code .zip} is {@code CORRUPT_FILE}).
   */
  public Optional<IngestError> addArchive(String fileName, InputStream content) {
    String cleaned = EntryName.baseName(fileName.replace('\\', '/'));
    ArchiveFormat format = ArchiveFormat.byName(cleaned).orElse(ArchiveFormat.ZIP);
    sent.add(cleaned);
    return guard.run(cleaned, () -> archives.unpack(format, cleaned, "", content, 1, true));
  }

  /**
   * Takes in every regular file under {@code folder}, in name order; hidden files and folders
   * (names starting with a dot, such as {@code .git}) are skipped; links, and folders that cannot
   * be read, are reported (links inside never followed; {@code folder} itself may be a link).
   */
  public Optional<IngestError> addFolder(Path folder) {
    sent.add(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
    Path root = FolderWalk.start(folder);
    List<Path> found;
    try {
      found = FolderWalk.paths(root, dataDir);
    } catch (IOException | UncheckedIOException e) {
      return guard.fail(IngestError.of(ErrorCode.UNREADABLE_FILE, "The folder could not be read"));
    }
    noteNames(found.stream().map(path -> root.relativize(path).toString()).toList());
    for (Path path : found) {
      String relative = root.relativize(path).toString();
      Optional<IngestError> error = addPath(path, relative);
      if (error.isPresent()) {
        return error;
      }
    }
    return Optional.empty();
  }

  private Optional<IngestError> addPath(Path path, String relative) {
    Optional<IngestError> refused = FolderWalk.refusal(path);
    if (refused.isPresent()) {
      reject(relative, 0, refused.get());
      return Optional.empty();
    }
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      reject(relative, 0, FolderWalk.NOT_A_FILE);
      return Optional.empty();
    }
    return guard.run(relative, () -> takeFile(EntryName.clean(relative), path));
  }

  /**
   * Takes in a file given by path (one of a folder's, or named on the command line): linked into
   * the job rather than copied where it can be ({@link Stager#link}), unpacked if an archive.
   *
   * @return the error that fails the whole submission, if any
   */
  public Optional<IngestError> addFile(Path file) {
    String name = file.getFileName().toString();
    sent.add(name);
    Path source = FolderWalk.start(file);
    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
      reject(name, 0, FolderWalk.NOT_A_FILE);
      return Optional.empty();
    }
    if (!Files.isReadable(source)) {
      reject(name, 0, FolderWalk.UNREADABLE_FILE);
      return Optional.empty();
    }
    return guard.run(name, () -> takeFile(EntryName.clean(name), source));
  }

  private void takeFile(String displayName, Path path) throws IOException {
    if (ArchiveFormat.byName(displayName).isPresent() || StoryIntake.mayHoldSeveral(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        take(displayName, in, 0);
      }
    } else {
      savedPages.note(displayName);
      if (!skipped(displayName)) {
        keep(stager.link(files.size(), displayName, path));
      }
    }
  }

  /**
   * No name left once cleaned, Finder/Explorer litter, or a file of a saved web page's companion
   * folder ({@link SavedPages}): not taken in, and no row.
   */
  private boolean skipped(String displayName) {
    return displayName.isEmpty()
        || EntryName.isLitter(displayName)
        || savedPages.isFurniture(displayName);
  }

  /** Names about to be taken in (a folder's, a zip's), so a page known later still counts. */
  void noteNames(List<String> displayNames) {
    displayNames.forEach(savedPages::note);
  }

  /**
   * Stores one file (one holding several stories as one file per story: {@link StoryIntake}), or
   * unpacks it when its name says it is an archive one level down.
   */
  void take(String displayName, InputStream in, int depth) throws IOException {
    savedPages.note(displayName);
    if (skipped(displayName)) {
      return;
    }
    Optional<ArchiveFormat> format = ArchiveFormat.byName(displayName);
    if (format.isEmpty()) {
      for (StoryIntake.Piece piece : StoryIntake.pieces(displayName, in, budget::tryEntries)) {
        keep(stager.stage(files.size(), piece.displayName(), piece.content()));
      }
      return;
    }
    try {
      archives.unpack(format.get(), displayName, displayName + "/", in, depth + 1, false);
    } catch (IntakeException e) {
      if (e.wholeSubmission()) {
        throw e;
      }
      reject(displayName, 0, e.error());
    }
  }

  void reject(String displayName, long bytes, IngestError error) {
    keep(StagedFile.rejected(displayName, bytes, error));
  }

  private void keep(StagedFile file) {
    files.add(file);
    taken = files.size();
  }

  /** Waits until every stored file is on disk (see {@link StagedSyncs}). */
  void awaitStored() throws IOException {
    syncs.awaitAll();
  }

  /** Files taken in so far, stored or turned away; for progress, from any thread. */
  public int taken() {
    return taken;
  }

  String id() {
    return id;
  }

  /**
   * The name it was given, or when that is empty, what was sent: the one file or archive's name, or
   * the first one's and how many more.
   */
  String name() {
    if (!name.isEmpty()) {
      return name;
    }
    return switch (sent.size()) {
      case 0 -> "empty import";
      case 1 -> sent.get(0);
      default -> sent.get(0) + " and " + (sent.size() - 1) + " more";
    };
  }

  boolean dryRun() {
    return dryRun;
  }

  /** What the command line made this job from; null for a submission through the API. */
  Origin origin() {
    return origin;
  }

  Path dir() {
    return dir;
  }

  Optional<IngestError> failure() {
    return guard.failure();
  }

  List<StagedFile> files() {
    return List.copyOf(files);
  }

  /** The job is stored: its folder's claim passes to whoever runs it. */
  JobClaim markSubmitted() {
    submitted = true;
    return claim;
  }

  @Override
  public void close() {
    syncs.close();
    if (!submitted) {
      JobDirectories.deleteTree(dir);
      claim.close();
    }
  }
}
