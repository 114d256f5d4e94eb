package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin jar alone in WEB-INF/lib, deployed into a real Tomcat 11 on port 0. */
class TomcatDropInIT {

  @TempDir Path root;

  @Test
  void installsItselfAndTakesAnUpload() throws Exception {
    PluginWebApp app = PluginWebApp.create(root);
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createDirectories(root.resolve("tomcat")).toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    Context context = tomcat.addWebapp(PluginWebApp.CONTEXT, app.webApp.toString());
    context.addParameter(HostConfig.KEY, app.config.toString());
    tomcat.start();
    try {
      assertThat(context.getState()).isEqualTo(LifecycleState.STARTED);
      PluginWebApp.assertLoadedFromPluginJar(context.getLoader().getClassLoader());
      app.checkDeployed(tomcat.getConnector().getLocalPort());
    } finally {
      tomcat.stop();
      tomcat.destroy();
    }
  }
}
