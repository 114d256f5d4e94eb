package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Background forces: every one is waited for, and a failed one fails the wait. */
class StagedSyncsTest {

  @TempDir Path temp;

  @Test
  void waitingReturnsOnceEveryFileIsForced() throws Exception {
    try (StagedSyncs syncs = new StagedSyncs()) {
      for (int i = 0; i < 200; i++) {
        syncs.force(Files.writeString(temp.resolve(i + ".txt"), "text " + i));
      }
      assertThatCode(syncs::awaitAll).doesNotThrowAnyException();
    }
  }

  @Test
  void aForceThatFailsFailsTheWaitWithItsCause() throws Exception {
    try (StagedSyncs syncs = new StagedSyncs()) {
      syncs.force(Files.writeString(temp.resolve("here.txt"), "here"));
      syncs.force(temp.resolve("gone.txt"));

      assertThatThrownBy(syncs::awaitAll)
          .isInstanceOf(NoSuchFileException.class)
          .hasMessageContaining("gone.txt");
    }
  }
}
