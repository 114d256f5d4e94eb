package dev.copydesk.dedupe;

import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import java.util.List;

/**
 * Earlier entries, searchable for the same article again ({@code CROSS_DOCUMENT_DUPLICATE}), a
 * likely revision ({@code REVISION_OF}) and shared passages ({@code SHARED_PASSAGE}).
 * Implementations: in memory for one CLI batch, persistent (SQLite) for the server.
 */
public interface DuplicateIndex {

  /** Flags for {@code entry} against the entries added before; does not add it. */
  List<Flag> matches(Entry entry);

  /** Remembers {@code entry} for later matches. Adding the same id again replaces it. */
  void add(Entry entry);
}
