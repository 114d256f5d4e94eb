package dev.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JobsTableTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void progressSaysWhyAJobWaitsAndOnlyThen() throws Exception {
    JsonNode waiting =
        JSON.readTree(
            """
            {"total": 10, "processed": 4, "filesPerSecond": 0.0, "failed": 0,
             "waiting": {"code": "STORAGE_FULL", "detail": "The disk is full.",
                         "since": "2026-12-04T09:00:00Z"}}""");
    JsonNode going =
        JSON.readTree(
            """
            {"total": 10, "processed": 4, "filesPerSecond": 2.0, "etaSeconds": 3, "failed": 0}""");

    assertThat(JobsTable.progress(waiting)).contains("ETA ?").endsWith("waiting: STORAGE_FULL");
    assertThat(JobsTable.progress(going)).contains("ETA 3 s").doesNotContain("waiting");
  }
}
