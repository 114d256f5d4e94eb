package dev.copydesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A full disk as the operating system reports it: writing to {@code /dev/full} (ENOSPC). */
public class StorageFullTest {

  /** The error a write to a full disk raises, made for real. */
  public static IOException realNoSpaceError() {
    return catchThrowableOfType(
        () -> {
          try (OutputStream out = Files.newOutputStream(Path.of("/dev/full"))) {
            out.write(new byte[4096]);
            out.flush();
          }
        },
        IOException.class);
  }

  @Test
  void recognisesTheOperatingSystemsNoSpaceErrorWhereverItSits() {
    IOException noSpace = realNoSpaceError();
    RuntimeException suppressing = new IllegalStateException("rolled back");
    suppressing.addSuppressed(noSpace);

    assertThat(StorageFull.isCauseOf(noSpace)).isTrue();
    assertThat(StorageFull.isCauseOf(new IllegalStateException("failed", noSpace))).isTrue();
    assertThat(StorageFull.isCauseOf(suppressing)).isTrue();
    assertThat(StorageFull.error().code()).isEqualTo(ErrorCode.STORAGE_FULL);
  }

  @Test
  void otherFailuresAreNotAFullDisk() {
    IOException missing =
        catchThrowableOfType(
            () -> Files.readAllBytes(Path.of("/nonexistent/copydesk")), IOException.class);

    assertThat(StorageFull.isCauseOf(missing)).isFalse();
    assertThat(StorageFull.isCauseOf(new IllegalStateException("boom", missing))).isFalse();
    assertThat(StorageFull.isCauseOf(new IllegalStateException((String) null))).isFalse();
  }
}
