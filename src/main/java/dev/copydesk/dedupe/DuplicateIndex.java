package dev.copydesk.dedupe;

import dev.copydesk.model.Entry;
import dev.copydesk.model.Flag;
import java.util.List;

/**
 * Earlier entries, searchable for the same article again ({@code CROSS_DOCUMENT_DUPLICATE}), a
 * likely revision ({@code REVISION_OF}) and shared passages ({@code SHARED_PASSAGE}).
 * Implementations: persistent (SQLite) for the server and the command line, which share it; in
 * memory for a dry run's own files (and a dry run with no persistent index yet).
 */
public interface DuplicateIndex {

  /**
   * Flags for {@code entry} against the entries added before; does not add it. An entry already
   * added (the same file again) is matched only against those added before it was.
   */
  List<Flag> matches(Entry entry);

  /**
   * Remembers {@code entry} for later matches. Adding the same id again replaces it, in its first
   * place in the order.
   */
  void add(Entry entry);

  /**
   * {@link #matches} then {@link #add}, as one step: two uploads of the same article at the same
   * moment still see each other. Implementations make it atomic.
   */
  default List<Flag> matchAndAdd(Entry entry) {
    List<Flag> flags = matches(entry);
    add(entry);
    return flags;
  }
}
