package dev.copydesk.web;

import java.nio.file.Path;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin jar alone in WEB-INF/lib, deployed into a real Jetty 12.1 (ee10) on port 0. */
class JettyDropInIT {

  @TempDir Path root;

  @Test
  void installsItselfAndTakesAnUpload() throws Exception {
    PluginWebApp app = PluginWebApp.create(root);
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    WebAppContext webApp = new WebAppContext();
    webApp.setContextPath(PluginWebApp.CONTEXT);
    webApp.setWar(app.webApp.toString());
    webApp.setInitParameter(HostConfig.KEY, app.config.toString());
    webApp.setThrowUnavailableOnStartupException(true);
    server.setHandler(webApp);
    server.start();
    try {
      PluginWebApp.assertLoadedFromPluginJar(webApp.getClassLoader());
      app.checkDeployed(connector.getLocalPort());
    } finally {
      server.stop();
    }
  }
}
