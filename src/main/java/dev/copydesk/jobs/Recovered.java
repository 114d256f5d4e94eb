package dev.copydesk.jobs;

import java.util.List;
import java.util.Optional;

/**
 * The unfinished jobs {@link Jobs#open} found that no live process held: the one it resumed (a
 * server resumes them all: see {@code resumedAll}), the ones it cancelled because their paths held
 * something else then, and the ones it left for the command that made them, or for a server (jobs
 * sent to one, or made before jobs kept their origin); and, on the command line, the jobs of the
 * same origin another live process runs (a server on the data dir resumed them at its start).
 * Oldest first.
 */
public record Recovered(
    List<JobStatus> resumedAll,
    List<JobStatus> superseded,
    List<JobStatus> left,
    List<JobStatus> leftForServer,
    List<JobStatus> runningElsewhere) {

  /** The job taken up again, if any (on the command line there is at most one). */
  public Optional<JobStatus> resumed() {
    return resumedAll.stream().findFirst();
  }
}
