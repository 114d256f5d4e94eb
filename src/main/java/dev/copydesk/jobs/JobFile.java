package dev.copydesk.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One row of a job's report: a file and what became of it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "seq",
  "file",
  "state",
  "code",
  "detail",
  "entryId",
  "title",
  "words",
  "flags",
  "delivery",
  "bytes",
  "sha256"
})
public record JobFile(
    int seq,
    String file,
    FileState state,
    String code,
    String detail,
    String entryId,
    String title,
    Integer words,
    List<String> flags,
    String delivery,
    long bytes,
    String sha256) {

  public JobFile {
    flags = List.copyOf(flags);
  }
}
