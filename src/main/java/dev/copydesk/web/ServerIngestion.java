package dev.copydesk.web;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Parse;
import dev.copydesk.dedupe.SqliteDuplicateIndex;
import dev.copydesk.jobs.Ingestion;

/**
 * The ingestion a server runs with: the standard wiring, over a duplicate index kept in the data
 * directory, so an article uploaded today is still matched against one uploaded last week and after
 * a restart.
 */
final class ServerIngestion implements AutoCloseable {

  private final Ingestion ingestion;
  private final SqliteDuplicateIndex index;

  private ServerIngestion(Ingestion ingestion, SqliteDuplicateIndex index) {
    this.ingestion = ingestion;
    this.index = index;
  }

  static ServerIngestion open(CopydeskConfig config) {
    SqliteDuplicateIndex index =
        Ingestion.persistentIndex(config.dataPath().resolve(Ingestion.INDEX_FILE));
    try {
      // Uploads come from anywhere: parse them in forked JVMs unless configured otherwise.
      CopydeskConfig isolated = config.withParse(config.parse().resolve(Parse.FORKED));
      return new ServerIngestion(Ingestion.create(isolated, index), index);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  Ingestion ingestion() {
    return ingestion;
  }

  @Override
  public void close() {
    try {
      ingestion.close();
    } finally {
      index.close();
    }
  }
}
