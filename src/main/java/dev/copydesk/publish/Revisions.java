package dev.copydesk.publish;

import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import dev.copydesk.model.FlagCode;

/** The earlier entry a {@code REVISION_OF} flag names: what a revision is delivered after. */
final class Revisions {

  private Revisions() {}

  /** The id of the entry {@code entry} revises, or null when it is not flagged as a revision. */
  static String earlier(Entry entry) {
    for (Flag flag : entry.flags()) {
      if (flag.code() == FlagCode.REVISION_OF
          && flag.duplicateOfEntry() != null
          && !flag.duplicateOfEntry().equals(entry.id())) {
        return flag.duplicateOfEntry();
      }
    }
    return null;
  }
}
