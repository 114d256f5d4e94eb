package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A web application directory whose {@code WEB-INF/lib} holds only {@code
 * target/copydesk-plugin.jar} (built in the package phase), plus a {@code copydesk.json} outside
 * it, and the checks both drop-in tests make against a deployed copy.
 */
final class PluginWebApp {

  static final Path PLUGIN_JAR = Path.of("target", "copydesk-plugin.jar");
  static final String TOKEN = "drop-in-token-42";
  static final String CONTEXT = "/cms";

  final Path webApp;
  final Path config;
  final Path dataDir;

  private PluginWebApp(Path webApp, Path config, Path dataDir) {
    this.webApp = webApp;
    this.config = config;
    this.dataDir = dataDir;
  }

  static PluginWebApp create(Path root) throws IOException {
    assertThat(PLUGIN_JAR).as("run the package phase first (mvn verify)").isRegularFile();
    Path lib = Files.createDirectories(root.resolve("webapp/WEB-INF/lib"));
    Files.copy(PLUGIN_JAR, lib.resolve("copydesk-plugin.jar"));
    Path dataDir = root.resolve("data");
    Path config = root.resolve("copydesk.json");
    Files.writeString(
        config,
        """
        {"dataDir": "%s", "server": {"token": "%s", "basePath": "/copydesk"}}
        """
            .formatted(dataDir.toString().replace("\\", "\\\\"), TOKEN));
    try (Stream<Path> files = Files.list(lib)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .isEqualTo(List.of("copydesk-plugin.jar"));
    }
    return new PluginWebApp(root.resolve("webapp"), config, dataDir);
  }

  /** Health answers without a token, the API refuses without one, and a seed file uploads. */
  void checkDeployed(int port) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI base = URI.create("http://127.0.0.1:" + port + CONTEXT + "/copydesk/");
    Path seed = Path.of("seeds", "council-budget.txt");

    // Ready (200) once the forked parsers are warm; 503 before that is correct, so wait for it.
    HttpResponse<String> health =
        org.awaitility.Awaitility.await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () ->
                    client.send(
                        HttpRequest.newBuilder(base.resolve("health")).build(),
                        HttpResponse.BodyHandlers.ofString()),
                reply -> reply.statusCode() == 200);
    HttpResponse<String> anonymous =
        client.send(
            HttpRequest.newBuilder(base.resolve("api/v1/uploads"))
                .POST(HttpRequest.BodyPublishers.ofFile(seed))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> upload =
        client.send(
            HttpRequest.newBuilder(base.resolve("api/v1/uploads"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "text/plain")
                .header("Content-Disposition", "attachment; filename=\"council-budget.txt\"")
                .POST(HttpRequest.BodyPublishers.ofFile(seed))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    JsonNode reply = TestServer.JSON.readTree(upload.body());
    assertThat(reply.at("/entry/title").asText()).isNotBlank();
    assertThat(reply.at("/entry/source/fileName").asText()).isEqualTo("council-budget.txt");
    assertThat(reply.at("/delivery/state").asText()).isIn("queued", "delivered");
  }

  /** The initializer that ran came from the plugin jar, not from the test class path. */
  static void assertLoadedFromPluginJar(ClassLoader webAppLoader) throws ClassNotFoundException {
    Class<?> initializer = webAppLoader.loadClass(CopydeskInitializer.class.getName());
    assertThat(initializer.getProtectionDomain().getCodeSource().getLocation().toString())
        .endsWith("WEB-INF/lib/copydesk-plugin.jar");
  }
}
