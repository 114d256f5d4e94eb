package dev.copydesk.config;

/**
 * Bulk import jobs. {@code workers} bounds how many job files are parsed at once; single uploads do
 * not go through this pool, so a large import never queues the upload button behind it.
 */
public record JobSettings(int workers) {

  public static JobSettings defaults() {
    return new JobSettings(2);
  }
}
