package dev.copydesk.web;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Limits;
import dev.copydesk.config.Server;
import dev.copydesk.jobs.Ingestion;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code copydesk serve}: the same endpoints as in a host, in an embedded Jetty 12.1 (ee10). Every
 * limit is explicit: idle timeout and minimum request data rate cut slow clients off; {@link
 * #stop()} stops accepting, lets uploads in flight finish (new ones get a 503 problem) and waits at
 * most the parse timeout plus a grace period.
 */
public final class EmbeddedServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
  private static final int MAX_THREADS = 200;
  private static final int REQUEST_HEADER_BYTES = 16 * 1024;
  private static final int INPUT_BUFFER_BYTES = 64 * 1024;

  /** Spooled uploads live under the data directory: same disk as the store, never the heap. */
  static final String UPLOADS_DIR = "uploads.tmp";

  private final org.eclipse.jetty.server.Server jetty;
  private final ServerConnector connector;
  private final CopydeskWeb web;
  private final String basePath;
  private int port;

  private EmbeddedServer(
      org.eclipse.jetty.server.Server jetty,
      ServerConnector connector,
      CopydeskWeb web,
      String base) {
    this.jetty = jetty;
    this.connector = connector;
    this.web = web;
    this.basePath = base;
  }

  /**
   * Starts the server with the pipeline and delivery built from {@code config}.
   *
   * @throws ConfigException without a token unless {@code server.insecureLocal}
   */
  public static EmbeddedServer start(CopydeskConfig config) {
    checkAccess(config.server());
    ServerIngestion ingestion = ServerIngestion.open(config);
    try {
      return start(config, ingestion.ingestion(), ingestion);
    } catch (RuntimeException e) {
      ingestion.close();
      throw e;
    }
  }

  /** Starts the server around a given ingestion; {@code owned} is closed on stop (may be null). */
  public static EmbeddedServer start(
      CopydeskConfig config, Ingestion ingestion, AutoCloseable owned) {
    Server settings = checkAccess(config.server());
    Path uploads = config.dataPath().resolve(UPLOADS_DIR);
    Map<String, BooleanSupplier> checks = Readiness.standard(config.dataPath(), uploads, ingestion);
    CopydeskWeb web =
        new CopydeskWeb(
            config, ingestion, owned, checks, EmbeddedServer.class.getClassLoader(), uploads);
    EmbeddedServer server = build(config.limits(), host(settings), settings.port(), web, settings);
    try {
      server.jetty.start();
      server.port = server.connector.getLocalPort();
    } catch (Exception e) {
      web.close();
      throw new IllegalStateException(cannotStart(settings, e), e);
    }
    LOG.info("copydesk serving at {}", server.uri());
    return server;
  }

  private static EmbeddedServer build(
      Limits limits, String host, int port, CopydeskWeb web, Server settings) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS);
    threads.setName("copydesk-http");
    org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setIdleTimeout(limits.requestIdleTimeoutMs());
    http.setMinRequestDataRate(limits.minRequestDataRate());
    http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    HttpConnectionFactory http11 = new HttpConnectionFactory(http);
    // Uploads are the traffic: read them in large chunks rather than Jetty's default 8 KiB.
    http11.setInputBufferSize(INPUT_BUFFER_BYTES);
    ServerConnector connector = new ServerConnector(jetty, http11);
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(limits.requestIdleTimeoutMs());
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServletContainerInitializer(new CopydeskInitializer(web));
    context.setErrorHandler(new ProblemErrorHandler());
    jetty.setErrorHandler(new ProblemErrorHandler());
    jetty.addConnector(connector);
    jetty.setHandler(new GracefulHandler(context));
    jetty.setStopTimeout(limits.parseTimeoutMs() + CopydeskWeb.PARSE_GRACE.toMillis());
    return new EmbeddedServer(jetty, connector, web, BasePath.of(settings.basePath()).value());
  }

  /** The bound port (useful with port 0); still known after {@link #stop()}. */
  public int port() {
    return port;
  }

  /** Where the upload page is, e.g. {@code http://127.0.0.1:8080/copydesk/}. */
  public URI uri() {
    String host =
        connector.getHost().contains(":") ? "[" + connector.getHost() + "]" : connector.getHost();
    return URI.create("http://" + host + ":" + port() + basePath + "/");
  }

  /** Blocks until the server stops (for {@code copydesk serve}). */
  public void join() throws InterruptedException {
    jetty.join();
  }

  /** Graceful stop: in-flight uploads finish, new ones are refused, then everything closes. */
  public void stop() {
    web.stopAccepting();
    try {
      jetty.stop();
    } catch (Exception e) {
      LOG.warn("The HTTP server did not stop cleanly", e);
    } finally {
      web.close(Duration.ofSeconds(1));
    }
  }

  @Override
  public void close() {
    stop();
  }

  /** A port in use says so, with what to do; Jetty's own words only name the address. */
  private static String cannotStart(Server settings, Exception failure) {
    String start = "Cannot start the server on " + settings.host() + ":" + settings.port() + ": ";
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException bind) {
        return start
            + bind.getMessage()
            + " (another copydesk or another program may listen there: stop it, or choose another"
            + " port with --port, server.port or COPYDESK_PORT)";
      }
    }
    return start + failure.getMessage();
  }

  private static Server checkAccess(Server settings) {
    boolean hasToken = settings.token() != null && !settings.token().isBlank();
    if (!hasToken && !settings.insecureLocal()) {
      throw new ConfigException(
          "No API token: set server.token in copydesk.json or COPYDESK_TOKEN, or run with "
              + "--insecure-local to serve this machine only without one");
    }
    return settings.requireStrongToken();
  }

  /** With {@code insecureLocal} the server binds loopback, whatever host was asked for. */
  private static String host(Server settings) {
    if (!settings.insecureLocal() || isLoopback(settings.host())) {
      return settings.host();
    }
    LOG.warn("insecureLocal: binding 127.0.0.1 instead of {}", settings.host());
    return "127.0.0.1";
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
