package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a command-line job was made from, read from real folders. */
class OriginTest {

  @TempDir Path temp;

  /**
   * The same command run again finds its unfinished job only while the folder holds what it held:
   * through a link, the folder's files count, not the link's own size and time.
   */
  @Test
  void aFolderNamedThroughALinkIsDigestedByWhatItHolds() throws IOException {
    Path real = Files.createDirectories(temp.resolve("archive-2019"));
    Files.writeString(real.resolve("one.txt"), "One.");
    Path link = Files.createSymbolicLink(temp.resolve("archive"), real);
    Path data = temp.resolve("data");

    Origin before = Origin.of(List.of(link), false, data);
    assertThat(Origin.of(List.of(link), false, data)).isEqualTo(before);
    Files.writeString(real.resolve("two.txt"), "Two.");
    Origin after = Origin.of(List.of(link), false, data);

    assertThat(after.digest()).isNotEqualTo(before.digest());
    assertThat(after.samePaths(before)).isTrue();
    assertThat(after.paths()).isEqualTo(link.toAbsolutePath().toString());
  }
}
