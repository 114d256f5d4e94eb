package dev.copydesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/errors.md and the {@link ErrorCode} table say the same thing, code for code. */
class ErrorsDocTest {

  private static final Pattern ROW =
      Pattern.compile(
          "^\\| <a id=\"([a-z_]+)\"></a>`([A-Z_]+)` \\| (\\d{3}) \\| ([^|]+) \\| ([^|]+) \\|$");

  @Test
  void everyCodeIsDocumentedWithItsStatusTitleAnchorAndAdvice() throws IOException {
    Map<String, String> documented = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("docs/errors.md"))) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      String code = row.group(2);
      assertThat(row.group(1)).isEqualTo(code.toLowerCase(Locale.ROOT));
      assertThat(row.group(5).strip()).as("advice for %s", code).hasSizeGreaterThan(10);
      documented.put(code, row.group(3) + " " + row.group(4).strip());
    }

    Map<String, String> inCode = new LinkedHashMap<>();
    for (ErrorCode code : ErrorCode.values()) {
      inCode.put(code.name(), code.httpStatus() + " " + code.title());
    }
    assertThat(documented).containsExactlyInAnyOrderEntriesOf(inCode);
  }

  @Test
  void theProblemTypeIsTheCodesAnchorInTheDoc() {
    Problem problem = Problem.of(ErrorCode.TOO_LARGE, "x");

    assertThat(problem.type()).isEqualTo("https://copydesk.dev/errors#too_large");
    assertThat(problem.status()).isEqualTo(413);
    assertThat(problem.title()).isEqualTo(ErrorCode.TOO_LARGE.title());
  }
}
