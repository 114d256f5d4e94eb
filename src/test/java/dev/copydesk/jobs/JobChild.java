package dev.copydesk.jobs;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.JobSettings;
import dev.copydesk.model.Result;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A separate JVM running jobs, for {@code kill -9} tests: {@code submit DATA LOG FOLDER} starts a
 * job on a folder, {@code resume DATA LOG} only opens the store (which resumes what is left). It
 * prints its start time (before opening the store), OPEN once the store is open (resumed jobs are
 * queued by then), the job id when it submits one, waits until every job has ended, prints DONE and
 * exits.
 */
public final class JobChild {

  private JobChild() {}

  public static void main(String[] args) throws Exception {
    System.out.println("START " + System.currentTimeMillis());
    System.out.flush();
    CopydeskConfig config =
        CopydeskConfig.defaults().withDataDir(args[1]).withJobs(new JobSettings(2, 30));
    Ingestion ingestion =
        new Ingestion(TextPipeline.create(), new RecordingPublisher(Path.of(args[2])));
    try (Jobs jobs = Jobs.open(config, ingestion)) {
      System.out.println("OPEN");
      System.out.flush();
      if (args[0].equals("submit")) {
        Result<JobStatus> result = Submissions.folder(jobs, Path.of(args[3]), false);
        System.out.println("JOB " + ((Result.Ok<JobStatus>) result).value().id());
        System.out.flush();
      }
      List<JobStatus> all = jobs.list();
      for (JobStatus job : all) {
        jobs.await(job.id(), Duration.ofMinutes(5));
      }
      System.out.println("DONE");
    }
  }
}
