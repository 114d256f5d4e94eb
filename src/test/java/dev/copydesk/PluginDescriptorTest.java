package dev.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.config.Parse;
import dev.copydesk.config.Server;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.jobs.Ingestion;
import dev.copydesk.web.Authenticator;
import dev.copydesk.web.EmbeddedServer;
import jakarta.servlet.ServletContainerInitializer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptor a host CMS reads must agree with its schema, the build and the running code. */
class PluginDescriptorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PROJECT_VERSION =
      Pattern.compile("<artifactId>copydesk</artifactId>\\s*<version>([^<]+)</version>");
  private static final String TOKEN = "descriptor-test-token";

  private static JsonNode descriptor;

  @BeforeAll
  static void read() throws Exception {
    descriptor = JSON.readTree(Path.of("plugin-descriptor.json").toFile());
  }

  @Test
  void versionEqualsThePomVersion() throws Exception {
    Matcher pom = PROJECT_VERSION.matcher(Files.readString(Path.of("pom.xml")));

    assertThat(pom.find()).as("project version in pom.xml").isTrue();
    assertThat(descriptor.path("version").asText()).isEqualTo(pom.group(1));
  }

  @Test
  void validatesAgainstItsOwnSchema() throws Exception {
    JsonNode schemaNode = JSON.readTree(Path.of("docs/plugin-descriptor.schema.json").toFile());
    JsonSchema schema = factory().getSchema(schemaNode);

    assertThat(schema.validate(descriptor)).isEmpty();
    assertThat(descriptor.path("$schema").asText()).isEqualTo("docs/plugin-descriptor.schema.json");
  }

  @Test
  void theSchemaRejectsAnIncompleteDescriptor() throws Exception {
    JsonSchema schema =
        factory().getSchema(JSON.readTree(Path.of("docs/plugin-descriptor.schema.json").toFile()));
    JsonNode withoutEntryPoint = descriptor.deepCopy();
    ((ObjectNode) withoutEntryPoint).remove("entryPoint");

    assertThat(schema.validate(withoutEntryPoint)).isNotEmpty();
  }

  @Test
  void everyClassItNamesExistsAndIsTheRightKind() throws Exception {
    Class<?> entryPoint = Class.forName(descriptor.path("entryPoint").asText());
    assertThat(ServletContainerInitializer.class).isAssignableFrom(entryPoint);
    String registered =
        Files.readString(
            Path.of(
                "src/main/resources/META-INF/services/"
                    + ServletContainerInitializer.class.getName()));
    assertThat(registered).contains(entryPoint.getName());

    List<String> interfaces = new ArrayList<>();
    descriptor.path("spi").forEach(spi -> interfaces.add(spi.path("interface").asText()));
    assertThat(interfaces).containsExactly(Authenticator.class.getName());
    for (String name : interfaces) {
      assertThat(Class.forName(name).isInterface()).as(name).isTrue();
    }
  }

  @Test
  void configSchemaDefaultsAreTheCodeDefaults() throws Exception {
    // Through text, so that int and long nodes of equal value compare equal.
    JsonNode defaults = JSON.readTree(JSON.writeValueAsString(CopydeskConfig.defaults()));
    JsonNode config = descriptor.path("config");

    assertThat(JSON.readTree(JSON.writeValueAsString(defaultsOf(config)))).isEqualTo(defaults);
    assertThat(factory().getSchema(config).validate(defaults)).isEmpty();
    assertThat(descriptor.path("ui").path("maxBytes").asLong())
        .isEqualTo(CopydeskConfig.defaults().limits().maxFileBytes());
  }

  @Test
  void configSchemaRejectsUnknownKeysLikeTheLoader() throws Exception {
    JsonSchema schema = factory().getSchema(descriptor.path("config"));

    assertThat(schema.validate(JSON.readTree("{\"limits\":{\"maxFileBytez\":1}}"))).isNotEmpty();
    assertThat(schema.validate(JSON.readTree("{\"dedupe\":{\"policy\":\"delete\"}}"))).isNotEmpty();
  }

  @Test
  void everyEndpointAnswersOnARealServerWithTheDeclaredAuth(@TempDir Path dataDir)
      throws Exception {
    CopydeskConfig config = serverConfig(dataDir);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Ingestion ingestion = Ingestion.create(config, new InMemoryDuplicateIndex());
    try (EmbeddedServer server = EmbeddedServer.start(config, ingestion, ingestion)) {
      String jobId = submitJob(client, server);
      String entryId = uploadEntry(client, server);
      for (JsonNode endpoint : descriptor.path("endpoints")) {
        String method = endpoint.path("method").asText();
        String path =
            endpoint
                .path("path")
                .asText()
                .substring(1)
                .replace("{id}", jobId)
                .replace("{entryId}", entryId);
        URI uri = URI.create(server.uri() + path);
        HttpResponse<String> withToken = send(client, method, uri, true);
        int without = send(client, method, uri, false).statusCode();
        String name = method + " " + endpoint.path("path").asText();

        assertThat(withToken.statusCode())
            .as(name + " with the token")
            .isNotEqualTo(405)
            .isLessThan(500);
        // A delivered entry is neither a dead letter nor a conflict: those answer 404 for it, but
        // from their own servlet, never the catch-all of unmapped paths.
        assertThat(withToken.body())
            .as(name + " is mapped")
            .doesNotContain("Nothing is served at this path");
        boolean open = "none".equals(endpoint.path("auth").asText());
        assertThat(without == 401).as(name + " refuses anonymous callers").isEqualTo(!open);
      }
    }
  }

  /** A real bulk job, so the endpoints under {@code /imports/{id}} have something to answer. */
  private static String submitJob(HttpClient client, EmbeddedServer server) throws Exception {
    HttpResponse<String> reply = postText(client, server, "api/v1/imports", "story.txt");
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);
    return JSON.readTree(reply.body()).path("id").asText();
  }

  /** A real upload, so the endpoints under {@code /entries/{entryId}} have something to answer. */
  private static String uploadEntry(HttpClient client, EmbeddedServer server) throws Exception {
    HttpResponse<String> reply = postText(client, server, "api/v1/uploads", "brief.txt");
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
    return JSON.readTree(reply.body()).path("entry").path("id").asText();
  }

  /** A short article named {@code fileName} (its name is in the text) as a raw text body. */
  private static HttpResponse<String> postText(
      HttpClient client, EmbeddedServer server, String path, String fileName) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.uri() + path))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "text/plain")
            .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "Headline of "
                        + fileName
                        + "\n\n"
                        + ("A sentence of news about " + fileName + ". ").repeat(30)))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> send(HttpClient client, String method, URI uri, boolean token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody());
    if (token) {
      request.header("Authorization", "Bearer " + TOKEN);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static CopydeskConfig serverConfig(Path dataDir) {
    CopydeskConfig d = CopydeskConfig.defaults();
    return d.withDataDir(dataDir.toString())
        .withServer(new Server("127.0.0.1", 0, "/copydesk", TOKEN, false))
        .withParse(d.parse().resolve(Parse.IN_PROCESS));
  }

  /** The object a JSON Schema's {@code default}s describe (nested objects built from theirs). */
  private static JsonNode defaultsOf(JsonNode schema) {
    if (schema.has("default")) {
      return schema.get("default");
    }
    ObjectNode object = JSON.createObjectNode();
    schema
        .path("properties")
        .fields()
        .forEachRemaining(field -> object.set(field.getKey(), defaultsOf(field.getValue())));
    return object;
  }

  private static JsonSchemaFactory factory() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  }
}
