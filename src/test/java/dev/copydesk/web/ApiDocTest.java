package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.model.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The problem examples in docs/api.md are what {@link Problem} sends for their codes. */
class ApiDocTest {

  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyProblemExampleMatchesTheErrorTable() throws Exception {
    Matcher blocks = JSON_BLOCK.matcher(Files.readString(Path.of("docs/api.md")));
    List<JsonNode> problems = new ArrayList<>();
    while (blocks.find()) {
      if (blocks.group(1).contains("\"type\": \"" + Problem.TYPE_BASE)) {
        problems.add(JSON.readTree(blocks.group(1)));
      }
    }

    assertThat(problems).hasSizeGreaterThanOrEqualTo(5);
    for (JsonNode example : problems) {
      ErrorCode code = ErrorCode.valueOf(example.get("code").asText());
      JsonNode sent = JSON.valueToTree(Problem.of(code, example.get("detail").asText()));
      assertThat(example).as(code.name()).isEqualTo(sent);
    }
  }
}
