package dev.copydesk.jobs;

/** File counts of one job, read in one query. */
record Counts(
    int total, int pending, int done, int failed, int accepted, int delivered, int flagged) {

  int processed() {
    return done + failed;
  }
}
