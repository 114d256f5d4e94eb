package dev.copydesk.config;

import java.nio.file.Path;

/** The root of the configuration tree. Build it with {@link ConfigLoader}. */
public record CopydeskConfig(
    String dataDir, Limits limits, Server server, Delivery delivery, Dedupe dedupe, Parse parse) {

  public static CopydeskConfig defaults() {
    return new CopydeskConfig(
        "copydesk-data",
        Limits.defaults(),
        Server.defaults(),
        Delivery.defaults(),
        Dedupe.defaults(),
        Parse.defaults());
  }

  public Path dataPath() {
    return Path.of(dataDir);
  }

  public CopydeskConfig withDataDir(String newDataDir) {
    return new CopydeskConfig(newDataDir, limits, server, delivery, dedupe, parse);
  }

  public CopydeskConfig withDelivery(Delivery newDelivery) {
    return new CopydeskConfig(dataDir, limits, server, newDelivery, dedupe, parse);
  }

  public CopydeskConfig withDedupe(Dedupe newDedupe) {
    return new CopydeskConfig(dataDir, limits, server, delivery, newDedupe, parse);
  }

  public CopydeskConfig withServer(Server newServer) {
    return new CopydeskConfig(dataDir, limits, newServer, delivery, dedupe, parse);
  }

  public CopydeskConfig withParse(Parse newParse) {
    return new CopydeskConfig(dataDir, limits, server, delivery, dedupe, newParse);
  }
}
