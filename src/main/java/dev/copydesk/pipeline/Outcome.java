package dev.copydesk.pipeline;

import dev.copydesk.model.Entry;
import dev.copydesk.model.IngestError;

/** What the pipeline made of one file: an entry, or a failure with a stable code. */
public sealed interface Outcome {

  String fileName();

  record Accepted(String fileName, Entry entry) implements Outcome {}

  record Rejected(String fileName, IngestError error) implements Outcome {}
}
