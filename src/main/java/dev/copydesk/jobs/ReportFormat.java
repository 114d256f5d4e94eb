package dev.copydesk.jobs;

/** How a job's per-file outcome table is written. */
public enum ReportFormat {
  JSON("application/json"),
  CSV("text/csv");

  private final String mediaType;

  ReportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }
}
