package dev.copydesk.config;

/**
 * Bulk import jobs. {@code workers} bounds how many job files are parsed at once; single uploads do
 * not go through this pool, so a large import never queues the upload button behind it. {@code
 * keepDays}: how long an ended job (its status, report and entries) stays queryable; 0 keeps every
 * job for ever.
 */
public record JobSettings(int workers, int keepDays) {

  /**
   * How many nice steps (Linux) below the server bulk import work runs: the job workers' threads
   * and the parser processes kept for jobs. With the cores shared by an import and an editor's
   * upload, the scheduler then gives the upload most of them (a thread 10 steps nicer weighs about
   * a tenth), and the import all the CPU uploads leave. Lowering a priority needs no privilege.
   */
  public static final int BACKGROUND_NICE = 10;

  public JobSettings {
    if (keepDays < 0) {
      throw new IllegalArgumentException("jobs.keepDays must be 0 (keep for ever) or more");
    }
  }

  public static JobSettings defaults() {
    return new JobSettings(2, 30);
  }
}
