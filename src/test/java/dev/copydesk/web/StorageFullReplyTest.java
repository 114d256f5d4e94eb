package dev.copydesk.web;

import static dev.copydesk.web.UploadLimitsTest.assertProblem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.copydesk.jobs.Ingestion;
import dev.copydesk.model.StorageFullTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload the server cannot store because its disk is full: 507 {@code STORAGE_FULL}, which says
 * the file is fine, not a 500. The ingestion fails on cue (Mockito) with a real ENOSPC error.
 */
class StorageFullReplyTest {

  @TempDir Path dataDir;

  @Test
  void aFullDiskIs507StorageFullNotAnInternalError() {
    Ingestion ingestion = mock(Ingestion.class);
    when(ingestion.ingest(any(Path.class), anyString(), anyBoolean()))
        .thenThrow(
            new IllegalStateException("outbox database error", StorageFullTest.realNoSpaceError()));
    try (TestServer server =
        TestServer.start(ingestion, TestServer.limits(1 << 20, 10, 2), dataDir)) {
      TestMultipart form = TestMultipart.of("full");
      assertProblem(
          server.upload(
              form,
              form.file("file", "a.txt", "Some text".getBytes(StandardCharsets.UTF_8)).build()),
          507,
          "STORAGE_FULL");
    }
  }
}
