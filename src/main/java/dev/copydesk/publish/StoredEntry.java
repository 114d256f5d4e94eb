package dev.copydesk.publish;

import dev.copydesk.model.Entry;
import dev.copydesk.model.EntryJson;

/**
 * An entry as the outbox holds it: its id and its entry JSON. Targets that send the JSON as it is
 * (the file store, the JSON import API) never parse it; {@link #entry()} binds it for those that
 * need its fields.
 */
public record StoredEntry(String id, String json) {

  public static StoredEntry of(Entry entry) {
    return new StoredEntry(entry.id(), EntryJson.write(entry));
  }

  public Entry entry() {
    return EntryJson.read(json);
  }
}
