package dev.copydesk.normalize;

import dev.copydesk.model.Removal;
import java.util.List;

/** What one rule pass kept and what it took out (ungrouped; {@link Removals#group} merges). */
record Pass(List<Unit> units, List<Removal> removed) {

  Pass {
    units = List.copyOf(units);
    removed = List.copyOf(removed);
  }
}
