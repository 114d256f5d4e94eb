package dev.copydesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.dedupe.InMemoryDuplicateIndex;
import dev.copydesk.model.EntryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file in {@code seeds/}, ingested as one batch the way {@code ./copydesk ingest seeds/} does
 * (same order, several parsed at once), must give exactly its reviewed golden entry JSON ({@code
 * src/test/resources/golden/seeds/NAME.expected.json}). After a deliberate change, regenerate with
 * {@code mvn test -Dtest=SeedGoldenTest -Dgolden.update=true} and review the diff like code.
 */
class SeedGoldenTest {

  private static final Path SEEDS = Path.of("seeds");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds");
  private static final ObjectMapper PRETTY =
      EntryJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

  private static final Map<String, JsonNode> ACTUAL = new LinkedHashMap<>();

  @BeforeAll
  static void ingestSeedsAsOneBatch() throws IOException {
    // Parsed three at a time, as the command line does: the entries, and which file is the
    // duplicate of which, must not depend on which parse finishes first.
    try (Pipeline pipeline =
        Pipeline.create(CopydeskConfig.defaults(), new InMemoryDuplicateIndex())) {
      pipeline.processAll(
          seedFiles(),
          3,
          pipeline::remember,
          outcome -> ACTUAL.put(outcome.fileName(), PRETTY.valueToTree(outcome)));
    }
  }

  @TestFactory
  Stream<DynamicTest> eachSeedMatchesItsGolden() {
    assertThat(ACTUAL).as("seed files").hasSizeGreaterThanOrEqualTo(10);
    boolean update = Boolean.getBoolean("golden.update");
    List<DynamicTest> tests = new ArrayList<>();
    ACTUAL.forEach(
        (name, actual) ->
            tests.add(
                DynamicTest.dynamicTest(
                    name, () -> compare(GOLDEN.resolve(name + ".expected.json"), actual, update))));
    return tests.stream();
  }

  private static void compare(Path golden, JsonNode actual, boolean update) throws IOException {
    if (update) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, PRETTY.writeValueAsString(actual) + "\n");
    }
    assertThat(golden).as("golden file (run with -Dgolden.update=true once, then review)").exists();
    JsonNode expected = PRETTY.readTree(golden.toFile());
    assertThat(PRETTY.writeValueAsString(actual)).isEqualTo(PRETTY.writeValueAsString(expected));
  }

  static List<Path> seedFiles() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }
}
