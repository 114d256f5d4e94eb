package dev.copydesk.jobs;

import dev.copydesk.model.IngestError;

/**
 * One file taken in for a job: stored under the job's directory as {@code storedName}, or turned
 * away at intake with {@code rejection} (unsafe path, too large, empty...), which the report shows
 * like any other failure.
 */
record StagedFile(
    String displayName, String storedName, long bytes, String sha256, IngestError rejection) {

  static StagedFile stored(String displayName, String storedName, long bytes, String sha256) {
    return new StagedFile(displayName, storedName, bytes, sha256, null);
  }

  static StagedFile rejected(String displayName, long bytes, IngestError rejection) {
    return new StagedFile(displayName, null, bytes, null, rejection);
  }
}
