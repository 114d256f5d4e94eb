package dev.copydesk.web;

import dev.copydesk.config.ConfigLoader;
import dev.copydesk.config.CopydeskConfig;
import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a host-installed copydesk finds {@code copydesk.json}: the context init parameter {@value
 * #KEY}, else the system property {@value #KEY}, else the environment variable {@value #ENV} (a
 * file, or a directory holding {@code copydesk.json}); then {@code COPYDESK_*} variables on top.
 */
final class HostConfig {

  static final String KEY = "copydesk.config";
  static final String ENV = "COPYDESK_CONFIG";

  private HostConfig() {}

  static CopydeskConfig load(ServletContext context, Map<String, String> env) {
    return ConfigLoader.load(location(context, env), env);
  }

  static Path location(ServletContext context, Map<String, String> env) {
    String configured =
        firstSet(context.getInitParameter(KEY), System.getProperty(KEY), env.get(ENV));
    if (configured == null) {
      return null;
    }
    Path path = Path.of(configured);
    return Files.isDirectory(path) ? path.resolve("copydesk.json") : path;
  }

  private static String firstSet(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
