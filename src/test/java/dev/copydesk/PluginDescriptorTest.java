package dev.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The descriptor a host CMS reads must agree with the build. */
class PluginDescriptorTest {

  private static final Pattern PROJECT_VERSION =
      Pattern.compile("<artifactId>copydesk</artifactId>\\s*<version>([^<]+)</version>");

  @Test
  void versionEqualsThePomVersion() throws Exception {
    JsonNode descriptor = new ObjectMapper().readTree(Path.of("plugin-descriptor.json").toFile());
    Matcher pom = PROJECT_VERSION.matcher(Files.readString(Path.of("pom.xml")));

    assertThat(pom.find()).as("project version in pom.xml").isTrue();
    assertThat(descriptor.path("version").asText()).isEqualTo(pom.group(1));
  }
}
