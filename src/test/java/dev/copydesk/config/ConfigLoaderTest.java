package dev.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  @Test
  void defaultsWhenThereIsNoFileAndNoEnvironment() {
    CopydeskConfig config = ConfigLoader.load(dir.resolve("absent.json"), Map.of());

    assertThat(config).isEqualTo(CopydeskConfig.defaults());
    assertThat(config.server().host()).isEqualTo("127.0.0.1");
  }

  @Test
  void fileOverridesDefaultsAndEnvironmentOverridesFile() throws Exception {
    Path file = dir.resolve("copydesk.json");
    Files.writeString(
        file, "{\"limits\": {\"maxParts\": 7}, \"delivery\": {\"target\": \"http\"}}");

    CopydeskConfig config =
        ConfigLoader.load(file, Map.of("COPYDESK_TARGET", "wordpress", "COPYDESK_PORT", "9090"));

    assertThat(config.limits().maxParts()).isEqualTo(7);
    assertThat(config.limits().maxFileBytes()).isEqualTo(Limits.defaults().maxFileBytes());
    assertThat(config.delivery().target()).isEqualTo("wordpress");
    assertThat(config.server().port()).isEqualTo(9090);
  }

  @Test
  void unknownKeyFailsWithItsPath() throws Exception {
    Path file = dir.resolve("copydesk.json");
    Files.writeString(file, "{\"limits\": {\"maxPart\": 7}}");

    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("limits.maxPart");
  }

  @Test
  void aBrokenFileSaysWhereAndOneThatIsNotAnObjectSaysSo() throws Exception {
    Path file = dir.resolve("copydesk.json");
    Files.writeString(file, "{\n  \"dataDir\": \"data\",\n  \"limits\": {\"maxParts\": 7,}\n}");

    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Cannot read " + file + ": not valid JSON at line 3, column ")
        .hasMessageNotContaining("\n");

    for (String notAnObject : new String[] {"[{\"dataDir\": \"data\"}]", "", "\"data\""}) {
      Files.writeString(file, notAnObject);
      assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
          .as("%s", notAnObject)
          .isInstanceOf(ConfigException.class)
          .hasMessage("Cannot read " + file + ": it must be a JSON object, {...}");
    }
  }

  @Test
  void jobsKeepDaysIsReadAndANegativeOneIsRefusedByName() throws Exception {
    Path file = dir.resolve("copydesk.json");
    Files.writeString(file, "{\"jobs\": {\"keepDays\": 7}}");
    assertThat(ConfigLoader.load(file, Map.of()).jobs()).isEqualTo(new JobSettings(2, 7));

    Files.writeString(file, "{\"jobs\": {\"keepDays\": -1}}");
    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("jobs.keepDays must be 0 (keep for ever) or more");
  }

  @Test
  void secretsNeverAppearInToString() {
    CopydeskConfig config =
        ConfigLoader.load(
            null,
            Map.of(
                "COPYDESK_TOKEN", "s3cret-token",
                "COPYDESK_WORDPRESS_PASSWORD", "abcd efgh",
                "COPYDESK_HTTP_TOKEN", "http-s3cret"));

    assertThat(config.toString())
        .doesNotContain("s3cret-token", "abcd efgh", "http-s3cret")
        .contains("<redacted>");
  }
}
