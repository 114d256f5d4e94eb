package dev.copydesk.publish;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Delivery;

/** Builds the {@link Publisher} for the configured target ({@code delivery.target}). */
public final class Publishers {

  private Publishers() {}

  /**
   * The durable publisher (outbox + relay) for the configured target, delivering {@code
   * delivery.concurrency} entries at once; close it when done.
   */
  public static OutboxPublisher create(CopydeskConfig config) {
    return create(config, RelaySettings.from(config.delivery()));
  }

  public static OutboxPublisher create(CopydeskConfig config, RelaySettings settings) {
    return OutboxPublisher.open(config.dataPath(), target(config), settings);
  }

  /** For dry runs that deliver nothing: a publisher that opens nothing and takes no entry. */
  public static Publisher none() {
    return new NoDelivery();
  }

  /**
   * The target named by {@code delivery.target}: {@code file} (default), {@code http}, {@code
   * wordpress}.
   */
  public static Target target(CopydeskConfig config) {
    Delivery delivery = config.delivery();
    String name = delivery.target() == null ? "file" : delivery.target();
    return switch (name) {
      case "file" -> new FileTarget(config.dataPath());
      case "http" -> HttpTarget.create(delivery.http());
      case "wordpress" -> WordPressTarget.create(delivery);
      default ->
          throw new ConfigException(
              "delivery.target '" + name + "' is unknown; use file, wordpress or http");
    };
  }
}
