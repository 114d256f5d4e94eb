package dev.copydesk.publish;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivers inside {@link #submit}, with no outbox: for stores that are themselves durable and
 * local (the file target), where a failed write is reported to the caller at once.
 */
final class DirectPublisher implements Publisher {

  private final Target target;
  private final Map<String, DeliveryStatus> states = new ConcurrentHashMap<>();

  DirectPublisher(Target target) {
    this.target = target;
  }

  @Override
  public DeliveryStatus submit(Entry entry) {
    DeliveryStatus status = Statuses.of(entry.id(), target.name(), target.deliver(entry));
    states.put(entry.id(), status);
    return status;
  }

  @Override
  public Optional<DeliveryStatus> status(String entryId) {
    return Optional.ofNullable(states.get(entryId));
  }

  @Override
  public boolean drain(Duration timeout) {
    return true;
  }

  @Override
  public void close() {}
}
