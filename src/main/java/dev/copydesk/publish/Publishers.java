package dev.copydesk.publish;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.CopydeskConfig;

/** Builds the {@link Publisher} for the configured target ({@code delivery.target}). */
public final class Publishers {

  private Publishers() {}

  public static Publisher create(CopydeskConfig config) {
    String target = config.delivery().target();
    return switch (target == null ? "file" : target) {
      case "file" -> new DirectPublisher(new FileTarget(config.dataPath()));
      default ->
          throw new ConfigException(
              "delivery.target '" + target + "' is not available yet; use file, wordpress or http");
    };
  }
}
