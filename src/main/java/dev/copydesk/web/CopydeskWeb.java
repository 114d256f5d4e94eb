package dev.copydesk.web;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Limits;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.jobs.Jobs;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one installed copydesk web app holds, wired once from the configuration: the
 * endpoints, their filters, the parse slots and the metrics. The same object is installed by the
 * {@link CopydeskInitializer} in a host and by the {@link EmbeddedServer}.
 */
public final class CopydeskWeb implements AutoCloseable {

  /** Extra time the servlet waits past the parser's own timeout before giving up on it. */
  static final Duration PARSE_GRACE = Duration.ofSeconds(1);

  private static final Logger LOG = LoggerFactory.getLogger(CopydeskWeb.class);

  private final BasePath base;
  private final Ingestion ingestion;
  private final Jobs jobs;
  private final ImportReceiver imports;
  private final AutoCloseable owned;
  private final Map<String, BooleanSupplier> checks;
  private final WebMetrics metrics = new WebMetrics();
  private final PageSessions sessions;
  private final Authenticators authenticators;
  private final ParseSlots slots;
  private final UploadReceiver receiver;
  private final IdempotencyStore replies = new IdempotencyStore(Clock.systemUTC());
  private final AtomicBoolean accepting = new AtomicBoolean(true);
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * @param owned closed with this web app (the publisher behind {@code ingestion} when this web app
   *     made it); may be null
   * @param checks readiness checks by name for {@code GET /health}
   */
  public CopydeskWeb(
      CopydeskConfig config,
      Ingestion ingestion,
      AutoCloseable owned,
      Map<String, BooleanSupplier> checks,
      ClassLoader pluginLoader,
      Path tempDir) {
    Limits limits = config.limits();
    this.base = BasePath.of(config.server().basePath());
    this.ingestion = ingestion;
    this.owned = owned;
    this.checks = Map.copyOf(checks);
    String token = config.server().token();
    this.sessions = new PageSessions(token, Clock.systemUTC());
    this.authenticators =
        Authenticators.standard(pluginLoader, token, sessions, config.server().insecureLocal());
    this.slots =
        new ParseSlots(
            limits.maxConcurrentParses(),
            Duration.ofMillis(limits.parseTimeoutMs()).plus(PARSE_GRACE));
    this.receiver = new UploadReceiver(tempDir, limits.maxFileBytes(), limits.maxParts());
    // Opened last: it resumes unfinished jobs at once, so everything they need must be ready.
    this.jobs = Jobs.open(config, ingestion);
    this.imports = new ImportReceiver(jobs, limits);
  }

  /** Registers the filters and servlets; call while the context starts (from an initializer). */
  public void install(ServletContext context) {
    filter(
        context, "copydesk-requests", new RequestFilter(metrics), base.everything(), base.value());
    filter(
        context,
        "copydesk-guard",
        new GuardFilter(authenticators, sessions),
        base.pattern("/api/*"),
        base.pattern("/metrics"));
    servlet(
        context,
        "copydesk-uploads",
        new UploadServlet(ingestion, receiver, slots, replies, metrics, accepting::get),
        base.pattern("/api/v1/uploads"));
    servlet(
        context,
        "copydesk-imports",
        new ImportsServlet(jobs, imports, accepting::get),
        base.pattern("/api/v1/imports"),
        base.pattern("/api/v1/imports/*"));
    servlet(
        context,
        "copydesk-deliveries",
        new DeliveriesServlet(ingestion::deliveries, base.value()),
        base.pattern("/api/v1/entries/*"),
        base.pattern("/api/v1/deadletters"),
        base.pattern("/api/v1/deadletters/*"),
        base.pattern("/api/v1/conflicts"),
        base.pattern("/api/v1/conflicts/*"));
    servlet(
        context,
        "copydesk-session",
        new SessionServlet(sessions, base.value().isEmpty() ? "/" : base.value()),
        base.pattern("/api/v1/session"));
    servlet(
        context,
        "copydesk-health",
        new HealthServlet(checks, accepting::get),
        base.pattern("/health"));
    servlet(context, "copydesk-metrics", new MetricsServlet(metrics), base.pattern("/metrics"));
    servlet(
        context, "copydesk-page", new PageServlet(), base.pagePattern(), base.pattern("/static/*"));
    if (!base.value().isEmpty()) {
      servlet(context, "copydesk-page-redirect", new PageServlet(), base.value());
    }
    servlet(context, "copydesk-not-found", new NotFoundServlet(), base.everything());
  }

  /** Refuses new uploads (503) and reports not ready, ahead of a shutdown. */
  public void stopAccepting() {
    accepting.set(false);
  }

  /** Waits up to {@code grace} for parses in flight, then releases everything. */
  public void close(Duration grace) {
    stopAccepting();
    try {
      slots.drain(grace);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
  }

  @Override
  public void close() {
    stopAccepting();
    // Both the server's stop and the context's destruction close this web app.
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    slots.close();
    // Files in progress finish or stay pending for the next start; then delivery can close.
    jobs.close();
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        // Shutting down: nothing more can be done about a failing close; keep going.
        LOG.warn("Closing the delivery side failed", e);
      }
    }
  }

  private static void filter(
      ServletContext context, String name, Filter filter, String... patterns) {
    FilterRegistration.Dynamic registration = context.addFilter(name, filter);
    registration.setAsyncSupported(false);
    registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, patterns);
  }

  private static void servlet(
      ServletContext context, String name, Servlet servlet, String... patterns) {
    var registration = context.addServlet(name, servlet);
    registration.addMapping(patterns);
  }
}
