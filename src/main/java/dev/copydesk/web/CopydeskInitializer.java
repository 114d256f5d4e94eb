package dev.copydesk.web;

import dev.copydesk.config.ConfigException;
import dev.copydesk.config.CopydeskConfig;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's entry point in a servlet host: with the copydesk jar in {@code WEB-INF/lib}, the
 * container finds this class through {@code META-INF/services} and it installs the endpoints under
 * the configured base path. The configuration comes from {@link HostConfig}; a bad configuration
 * fails the deployment with a message that names the key.
 */
public final class CopydeskInitializer implements ServletContainerInitializer {

  private static final Logger LOG = LoggerFactory.getLogger(CopydeskInitializer.class);

  private static final String SQLITE_DRIVER = "org.sqlite.JDBC";

  private final CopydeskWeb prepared;

  /** Used by the servlet container. */
  public CopydeskInitializer() {
    this(null);
  }

  /** Installs an already wired web app (the embedded server and tests). */
  CopydeskInitializer(CopydeskWeb prepared) {
    this.prepared = prepared;
  }

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) throws ServletException {
    CopydeskWeb web = prepared != null ? prepared : forHost(context);
    web.install(context);
    context.addListener(
        new ServletContextListener() {
          @Override
          public void contextDestroyed(ServletContextEvent event) {
            web.close(Duration.ofSeconds(10));
          }
        });
  }

  private static CopydeskWeb forHost(ServletContext context) throws ServletException {
    CopydeskConfig config;
    ServerIngestion ingestion;
    try {
      config = HostConfig.load(context, System.getenv());
      config.server().requireStrongToken();
      registerBundledJdbcDriver();
      ingestion = ServerIngestion.open(config);
    } catch (ConfigException e) {
      throw new ServletException("copydesk: " + e.getMessage());
    }
    if (config.server().token() == null && !config.server().insecureLocal()) {
      LOG.warn(
          "copydesk: no server.token (or COPYDESK_TOKEN) is set: API requests need a host "
              + "Authenticator, or they are refused with 401");
    }
    Path uploads = tempDir(context).resolve("copydesk-uploads");
    Map<String, BooleanSupplier> checks =
        Readiness.standard(config.dataPath(), uploads, ingestion.ingestion());
    LOG.info(
        "copydesk: installed under {}{}", context.getContextPath(), config.server().basePath());
    return new CopydeskWeb(
        config, ingestion.ingestion(), ingestion, checks, context.getClassLoader(), uploads);
  }

  /**
   * DriverManager only hands a connection to a caller whose class loader can see the registered
   * driver class. In a host that has initialised DriverManager before this web app (or has its own
   * sqlite-jdbc), the copy bundled in the plugin jar would never register; loading it from this web
   * app's class loader runs its self-registration.
   */
  private static void registerBundledJdbcDriver() throws ServletException {
    try {
      Class.forName(SQLITE_DRIVER, true, CopydeskInitializer.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ServletException("copydesk: the plugin jar is missing " + SQLITE_DRIVER);
    }
  }

  private static Path tempDir(ServletContext context) {
    Object dir = context.getAttribute(ServletContext.TEMPDIR);
    return dir instanceof File file ? file.toPath() : Path.of(System.getProperty("java.io.tmpdir"));
  }
}
