package dev.copydesk.cli;

import dev.copydesk.jobs.JobStatus;
import dev.copydesk.jobs.Recovered;
import java.io.PrintWriter;
import java.util.Optional;

/** What a command-line job says on stderr about the jobs earlier runs left unfinished. */
final class RecoveryNotes {

  private final PrintWriter err;

  RecoveryNotes(PrintWriter err) {
    this.err = err;
  }

  /** Says what became of each job earlier runs left unfinished. */
  void tell(Recovered recovered) {
    recovered
        .resumed()
        .ifPresent(
            job -> say("Resuming job %s (%s), stopped before it ended: %d of %d files done.", job));
    for (JobStatus job : recovered.superseded()) {
      say(
          "Job %s (%s) stopped at %d of %d files, but its files have changed since: it is"
              + " cancelled, and they are taken in again.",
          job);
    }
    for (JobStatus job : recovered.left()) {
      say(
          "Job %s (%s) stopped at %d of %d files; the command that made it resumes it"
              + " when run again (or a server on this data dir when it starts).",
          job);
    }
    for (JobStatus job : recovered.leftForServer()) {
      say(
          "Job %s (%s) stopped at %d of %d files; a server started on this data dir resumes it.",
          job);
    }
    err.flush();
  }

  /**
   * The job this command made before that another process runs now (a server on the data dir that
   * resumed it at its start), said to be followed rather than made again.
   */
  Optional<JobStatus> runElsewhere(Recovered recovered) {
    Optional<JobStatus> other = recovered.runningElsewhere().stream().findFirst();
    other.ifPresent(
        job ->
            say(
                "Job %s (%s), which this command made before, is run by another copydesk process"
                    + " on this data dir; following it: %d of %d files done.",
                job));
    return other;
  }

  /** One line about a job: {@code template} takes its id, name, files done and total. */
  private void say(String template, JobStatus job) {
    err.printf(template + "%n", job.id(), job.name(), job.processed(), job.total());
  }
}
