package dev.copydesk.config;

import java.nio.file.Path;

/** The root of the configuration tree. Build it with {@link ConfigLoader}. */
public record CopydeskConfig(
    String dataDir,
    Limits limits,
    Server server,
    Delivery delivery,
    Dedupe dedupe,
    Parse parse,
    JobSettings jobs) {

  /** The tree without a {@code jobs} section: job settings take their defaults. */
  public CopydeskConfig(
      String dataDir, Limits limits, Server server, Delivery delivery, Dedupe dedupe, Parse parse) {
    this(dataDir, limits, server, delivery, dedupe, parse, JobSettings.defaults());
  }

  public static CopydeskConfig defaults() {
    return new CopydeskConfig(
        "copydesk-data",
        Limits.defaults(),
        Server.defaults(),
        Delivery.defaults(),
        Dedupe.defaults(),
        Parse.defaults(),
        JobSettings.defaults());
  }

  /** Where a user sets the data dir: for messages that ask them to choose another. */
  public static final String DATA_DIR_SETTINGS =
      "--data-dir, dataDir in copydesk.json, or COPYDESK_DATA_DIR";

  public Path dataPath() {
    return Path.of(dataDir);
  }

  public CopydeskConfig withDataDir(String newDataDir) {
    return new CopydeskConfig(newDataDir, limits, server, delivery, dedupe, parse, jobs);
  }

  public CopydeskConfig withDelivery(Delivery newDelivery) {
    return new CopydeskConfig(dataDir, limits, server, newDelivery, dedupe, parse, jobs);
  }

  public CopydeskConfig withDedupe(Dedupe newDedupe) {
    return new CopydeskConfig(dataDir, limits, server, delivery, newDedupe, parse, jobs);
  }

  public CopydeskConfig withServer(Server newServer) {
    return new CopydeskConfig(dataDir, limits, newServer, delivery, dedupe, parse, jobs);
  }

  public CopydeskConfig withParse(Parse newParse) {
    return new CopydeskConfig(dataDir, limits, server, delivery, dedupe, newParse, jobs);
  }

  public CopydeskConfig withJobs(JobSettings newJobs) {
    return new CopydeskConfig(dataDir, limits, server, delivery, dedupe, parse, newJobs);
  }
}
