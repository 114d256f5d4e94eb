package dev.copydesk.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Builds the configuration: defaults, then {@code copydesk.json} (if present), then {@code
 * COPYDESK_*} environment variables. Unknown keys in the file fail with their path.
 */
public final class ConfigLoader {

  /** Environment variable to configuration path. */
  private static final Map<String, String> ENV_KEYS =
      Map.ofEntries(
          Map.entry("COPYDESK_DATA_DIR", "dataDir"),
          Map.entry("COPYDESK_TOKEN", "server.token"),
          Map.entry("COPYDESK_HOST", "server.host"),
          Map.entry("COPYDESK_PORT", "server.port"),
          Map.entry("COPYDESK_BASE_PATH", "server.basePath"),
          Map.entry("COPYDESK_TARGET", "delivery.target"),
          Map.entry("COPYDESK_POST_STATUS", "delivery.postStatus"),
          Map.entry("COPYDESK_WORDPRESS_URL", "delivery.wordpress.url"),
          Map.entry("COPYDESK_WORDPRESS_USER", "delivery.wordpress.user"),
          Map.entry("COPYDESK_WORDPRESS_PASSWORD", "delivery.wordpress.password"),
          Map.entry("COPYDESK_HTTP_URL", "delivery.http.url"),
          Map.entry("COPYDESK_HTTP_TOKEN", "delivery.http.token"),
          Map.entry("COPYDESK_PARSE_MODE", "parse.mode"));

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ConfigLoader() {}

  /** Loads {@code file} (may be null or absent) over defaults, then the environment. */
  public static CopydeskConfig load(Path file, Map<String, String> env) {
    ObjectNode tree = MAPPER.valueToTree(CopydeskConfig.defaults());
    if (file != null && Files.exists(file)) {
      mergeKnown(tree, readFile(file), "");
    }
    ENV_KEYS.forEach(
        (variable, path) -> {
          String value = env.get(variable);
          if (value != null && !value.isBlank()) {
            setPath(tree, path, value);
          }
        });
    try {
      return MAPPER.treeToValue(tree, CopydeskConfig.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException("Invalid configuration value: " + e.getOriginalMessage());
    }
  }

  /** A broken file says where it breaks; one that is not an object ({@code [...]}) says so too. */
  private static JsonNode readFile(Path file) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw new ConfigException(
          "Cannot read "
              + file
              + ": not valid JSON"
              + (where == null
                  ? ""
                  : " at line " + where.getLineNr() + ", column " + where.getColumnNr())
              + " ("
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + ")");
    } catch (IOException e) {
      throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
    }
    if (tree == null || !tree.isObject()) {
      throw new ConfigException("Cannot read " + file + ": it must be a JSON object, {...}");
    }
    return tree;
  }

  private static void mergeKnown(ObjectNode target, JsonNode overlay, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String path = prefix + field.getKey();
      if (!target.has(field.getKey())) {
        throw new ConfigException(
            "Unknown configuration key '" + path + "'; see docs/configuration.md for the keys");
      }
      JsonNode current = target.get(field.getKey());
      if (current.isObject() && field.getValue().isObject()) {
        mergeKnown((ObjectNode) current, field.getValue(), path + ".");
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  private static void setPath(ObjectNode tree, String path, String value) {
    String[] parts = path.split("\\.");
    ObjectNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      node = (ObjectNode) node.get(parts[i]);
    }
    node.set(parts[parts.length - 1], TextNode.valueOf(value));
  }
}
