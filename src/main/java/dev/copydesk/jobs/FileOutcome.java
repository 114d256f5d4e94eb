package dev.copydesk.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.model.Entry;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Flag;
import dev.copydesk.model.IngestError;
import dev.copydesk.pipeline.Outcome;
import java.io.UncheckedIOException;
import java.util.List;

/** What processing one job file produced, in the shape the job store records. */
record FileOutcome(
    FileState state,
    IngestError error,
    String entryId,
    String title,
    Integer words,
    List<String> flags,
    String delivery,
    String entryJson) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static FileOutcome of(IngestResult result) {
    if (result.outcome() instanceof Outcome.Rejected rejected) {
      return failed(rejected.error());
    }
    Entry entry = ((Outcome.Accepted) result.outcome()).entry();
    String delivery = result.delivery() == null ? null : result.delivery().state();
    List<String> flags = entry.flags().stream().map(Flag::code).map(Enum::name).toList();
    return new FileOutcome(
        FileState.DONE,
        null,
        entry.id(),
        entry.title(),
        entry.wordCount(),
        flags,
        delivery,
        toJson(entry));
  }

  static FileOutcome failed(IngestError error) {
    return new FileOutcome(FileState.FAILED, error, null, null, null, List.of(), null, null);
  }

  static FileOutcome unexpected() {
    return failed(IngestError.of(ErrorCode.INTERNAL, "Processing this file failed unexpectedly"));
  }

  private static String toJson(Entry entry) {
    try {
      return JSON.writeValueAsString(entry);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
