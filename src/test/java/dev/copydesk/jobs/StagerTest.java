package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder's files are linked into the job, not copied, where the file system allows; copied where
 * it does not (another file system: {@code /dev/shm}, a tmpfs of its own on Linux); either way the
 * row, the limits and the content are those of a copy.
 */
class StagerTest {

  private static final long MAX_BYTES = 1_000;

  @TempDir Path temp;

  @Test
  void aFileOfTheSameFileSystemIsLinkedAndOutlivesItsOriginal() throws Exception {
    Path source = Files.writeString(temp.resolve("story.txt"), "The council met on Tuesday.");
    Path filesDir = Files.createDirectories(temp.resolve("job/files"));

    try (StagedSyncs syncs = new StagedSyncs()) {
      StagedFile staged = new Stager(filesDir, MAX_BYTES, true, syncs).link(7, "story.txt", source);
      syncs.awaitAll();

      Path stored = filesDir.resolve(staged.storedName());
      assertThat(staged.storedName()).isEqualTo("000007.txt");
      assertThat(Files.isSameFile(stored, source)).as("a link, not a copy").isTrue();
      assertThat(staged.bytes()).isEqualTo(27);
      assertThat(staged.sha256()).isEqualTo(sha256("The council met on Tuesday."));

      Files.delete(source);
      assertThat(Files.readString(stored)).isEqualTo("The council met on Tuesday.");
    }
  }

  @Test
  void aFileOfAnotherFileSystemIsCopied() throws Exception {
    Path shm = Files.createTempDirectory(Path.of("/dev/shm"), "copydesk-stager-");
    try (StagedSyncs syncs = new StagedSyncs()) {
      Path source = Files.writeString(shm.resolve("wire.txt"), "Markets closed higher.");
      Path filesDir = Files.createDirectories(temp.resolve("job/files"));
      assertThat(Files.getFileStore(source)).isNotEqualTo(Files.getFileStore(filesDir));

      StagedFile staged = new Stager(filesDir, MAX_BYTES, true, syncs).link(0, "wire.txt", source);
      syncs.awaitAll();

      Path stored = filesDir.resolve(staged.storedName());
      assertThat(Files.isSameFile(stored, source)).isFalse();
      assertThat(Files.readString(stored)).isEqualTo("Markets closed higher.");
      assertThat(staged.sha256()).isEqualTo(sha256("Markets closed higher."));
    } finally {
      JobDirectories.deleteTree(shm);
    }
  }

  @Test
  void emptyAndOversizedFilesAreTurnedAwayAndNoLinkIsLeft() throws Exception {
    Path empty = Files.createFile(temp.resolve("empty.txt"));
    Path big = Files.writeString(temp.resolve("big.txt"), "x".repeat((int) MAX_BYTES + 1));
    Path filesDir = Files.createDirectories(temp.resolve("job/files"));

    try (StagedSyncs syncs = new StagedSyncs()) {
      Stager stager = new Stager(filesDir, MAX_BYTES, true, syncs);
      StagedFile none = stager.link(0, "empty.txt", empty);
      StagedFile tooBig = stager.link(1, "big.txt", big);
      syncs.awaitAll();

      assertThat(none.rejection().code()).isEqualTo(ErrorCode.EMPTY_FILE);
      assertThat(tooBig.rejection().code()).isEqualTo(ErrorCode.TOO_LARGE);
      assertThat(tooBig.bytes()).isGreaterThan(MAX_BYTES);
      try (var left = Files.list(filesDir)) {
        assertThat(left).isEmpty();
      }
      assertThat(big).hasSize(MAX_BYTES + 1); // the original is untouched
    }
  }

  private static String sha256(String text) {
    return HexFormat.of().formatHex(Stager.sha256().digest(text.getBytes()));
  }
}
