package dev.copydesk.jobs;

import dev.copydesk.model.Result;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** A job submitted in one call, as the servlet and the command line build one up from a draft. */
public final class Submissions {

  /** One part of a multipart submission. */
  public record Upload(String fileName, InputStream content) {}

  private Submissions() {}

  /** Every file under a folder, as the command line takes one in. */
  public static Result<JobStatus> folder(Jobs jobs, Path folder, boolean dryRun) {
    JobDraft draft = jobs.draft("", dryRun);
    draft.addFolder(folder);
    return jobs.submit(draft);
  }

  /** One zip, tar.gz or tar that is the whole submission. */
  public static Result<JobStatus> archive(Jobs jobs, InputStream archive, String name) {
    JobDraft draft = jobs.draft(name, false);
    draft.addArchive(name, archive);
    return jobs.submit(draft);
  }

  /** Several files, as multipart parts; an archive among them is unpacked. */
  public static Result<JobStatus> files(Jobs jobs, List<Upload> uploads) {
    JobDraft draft = jobs.draft("", false);
    for (Upload upload : uploads) {
      if (draft.add(upload.fileName(), upload.content()).isPresent()) {
        break;
      }
    }
    return jobs.submit(draft);
  }
}
