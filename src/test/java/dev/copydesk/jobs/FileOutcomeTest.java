package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.StorageFullTest;
import org.junit.jupiter.api.Test;

/** What a job's report says about a file whose processing threw. */
class FileOutcomeTest {

  @Test
  void aFullDiskIsReportedAsSuchAndAnythingElseAsInternal() {
    FileOutcome full =
        FileOutcome.unexpected(
            new IllegalStateException("outbox", StorageFullTest.realNoSpaceError()));
    FileOutcome bug = FileOutcome.unexpected(new IllegalStateException("a bug"));

    assertThat(full.state()).isEqualTo(FileState.FAILED);
    assertThat(full.error().code()).isEqualTo(ErrorCode.STORAGE_FULL);
    assertThat(bug.error().code()).isEqualTo(ErrorCode.INTERNAL);
  }
}
