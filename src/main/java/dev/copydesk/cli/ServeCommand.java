package dev.copydesk.cli;

import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Server;
import dev.copydesk.web.EmbeddedServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code copydesk serve}: the plugin's endpoints in an embedded server, until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the upload page and the HTTP API in an embedded Jetty.",
      "Needs an API token (COPYDESK_TOKEN or server.token) unless --insecure-local is given,"
          + " which binds to 127.0.0.1 only. Ctrl-C stops gracefully: uploads in flight finish."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Bind address (default: 127.0.0.1).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port (default: 8080; 0 picks a free one).")
  Integer port;

  @Option(
      names = "--insecure-local",
      description = "Run without a token, for local trials; forces a loopback bind.")
  boolean insecureLocal;

  @Mixin ConfigOptions configOptions = new ConfigOptions();

  @Override
  public Integer call() throws InterruptedException {
    CopydeskConfig config = configOptions.load();
    Server server = config.server();
    config =
        config.withServer(
            new Server(
                host == null ? server.host() : host,
                port == null ? server.port() : port,
                server.basePath(),
                server.token(),
                insecureLocal || server.insecureLocal()));
    EmbeddedServer running = EmbeddedServer.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "copydesk-shutdown"));
    System.err.println("copydesk: serving " + running.uri() + " (Ctrl-C to stop)");
    running.join();
    return 0;
  }
}
