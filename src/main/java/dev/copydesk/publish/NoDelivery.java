package dev.copydesk.publish;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import java.time.Duration;
import java.util.Optional;

/**
 * The publisher of a command-line dry run: it never opens the outbox (no database, no migrations,
 * no relay thread), because a dry run delivers nothing and should not pay to start delivery.
 */
final class NoDelivery implements Publisher {

  @Override
  public DeliveryStatus submit(Entry entry) {
    throw new IllegalStateException("a dry run delivers nothing");
  }

  @Override
  public Optional<DeliveryStatus> status(String entryId) {
    return Optional.empty();
  }

  @Override
  public boolean drain(Duration timeout) {
    return true;
  }

  @Override
  public void close() {
    // Nothing was opened.
  }
}
