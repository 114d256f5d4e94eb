package dev.copydesk.cli;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.DuplicateIndex;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.dedupe.SqliteDuplicateIndex;
import dev.copydesk.jobs.Ingestion;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The entries a command-line run matches its files against: the data dir's duplicate index ({@code
 * duplicates.db}), the one a server on the same data dir keeps, so an article ingested last week,
 * or uploaded through the server, is flagged when it comes again. A dry run only reads it, and does
 * not create it when there is none yet (then nothing came earlier).
 */
final class EarlierEntries implements AutoCloseable {

  private final DuplicateIndex index;
  private final SqliteDuplicateIndex file;

  private EarlierEntries(DuplicateIndex index, SqliteDuplicateIndex file) {
    this.index = index;
    this.file = file;
  }

  static EarlierEntries open(CopydeskConfig config, boolean dryRun) {
    Path path = config.dataPath().resolve(Ingestion.INDEX_FILE);
    if (dryRun && !Files.exists(path)) {
      return new EarlierEntries(new InMemoryDuplicateIndex(), null);
    }
    SqliteDuplicateIndex persistent = Ingestion.persistentIndex(path);
    return new EarlierEntries(persistent, persistent);
  }

  DuplicateIndex index() {
    return index;
  }

  @Override
  public void close() {
    if (file != null) {
      file.close();
    }
  }
}
