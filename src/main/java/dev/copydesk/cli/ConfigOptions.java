package dev.copydesk.cli;

import dev.copydesk.config.ConfigLoader;
import dev.copydesk.config.CopydeskConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares: where the configuration and the data live. */
final class ConfigOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Configuration file (default: ./copydesk.json when present).")
  Path configFile = Path.of("copydesk.json");

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Where the embedded store keeps its data (default: ./copydesk-data).")
  String dataDir;

  CopydeskConfig load() {
    CopydeskConfig config = ConfigLoader.load(configFile, System.getenv());
    return dataDir == null ? config : config.withDataDir(dataDir);
  }
}
