package dev.copydesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.config.CopydeskConfig;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.RawBlock;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The user docs list exactly what the code does. */
class DocsMatchCodeTest {

  private static final Pattern FIRST_JSON_BLOCK =
      Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyFlagCodeIsDocumentedWithItsSeverity() throws Exception {
    String doc = Files.readString(Path.of("docs/flags.md"));
    for (FlagCode code : FlagCode.values()) {
      assertThat(doc)
          .as("docs/flags.md row for " + code)
          .contains("| `" + code.name() + "` | " + code.severity().json() + " |");
    }
  }

  @Test
  void configurationDocShowsTheRealDefaults() throws Exception {
    Matcher block = FIRST_JSON_BLOCK.matcher(Files.readString(Path.of("docs/configuration.md")));
    assertThat(block.find()).isTrue();
    ObjectMapper mapper = new ObjectMapper();

    assertThat(mapper.readTree(block.group(1)))
        // Through text, so that int and long nodes of equal value compare equal.
        .isEqualTo(mapper.readTree(mapper.writeValueAsString(CopydeskConfig.defaults())));
  }

  /**
   * Every reason a block is set aside for in extraction, and a PDF's layout lines are removed for
   * in normalising, appears in the entry doc (the running header's and page number's were missing).
   */
  @Test
  void everyRemovalReasonIsDocumented() throws Exception {
    String doc = Files.readString(Path.of("docs/entry.md"));
    for (Class<?> owner :
        List.of(RawBlock.class, Class.forName("dev.copydesk.normalize.RunningHeaders"))) {
      for (Field field : owner.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          field.setAccessible(true);
          String reason = (String) field.get(null);
          assertThat(doc).as("docs/entry.md names `%s`", reason).contains("`" + reason + "`");
        }
      }
    }
  }
}
