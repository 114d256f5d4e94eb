package dev.copydesk.web;

import dev.copydesk.model.DeliveryStatus;
import dev.copydesk.model.Entry;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Flag;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * What {@code GET /metrics} shows, one registry per installed web app (never the global one, so two
 * web apps in one host do not mix their figures).
 */
final class WebMetrics {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer parseTime =
      Timer.builder("copydesk.parse")
          .description("Time to parse, normalise and check one uploaded file")
          .publishPercentiles(0.5, 0.99)
          .register(registry);

  void request(String endpoint, int status) {
    Counter.builder("copydesk.http.requests")
        .description("HTTP requests by endpoint and status")
        .tag("endpoint", endpoint)
        .tag("status", Integer.toString(status))
        .register(registry)
        .increment();
  }

  void parsed(Duration took) {
    parseTime.record(took);
  }

  void accepted(Entry entry, DeliveryStatus delivery) {
    for (Flag flag : entry.flags()) {
      Counter.builder("copydesk.flags")
          .description("Flags raised on accepted entries, by code")
          .tag("code", flag.code().name())
          .register(registry)
          .increment();
    }
    if (delivery != null) {
      Counter.builder("copydesk.deliveries")
          .description("Entries handed to delivery, by their state on reply")
          .tag("state", delivery.state())
          .register(registry)
          .increment();
    }
  }

  void error(ErrorCode code) {
    Counter.builder("copydesk.errors")
        .description("Problem replies by error code")
        .tag("code", code.name())
        .register(registry)
        .increment();
  }

  String scrape() {
    return registry.scrape();
  }
}
