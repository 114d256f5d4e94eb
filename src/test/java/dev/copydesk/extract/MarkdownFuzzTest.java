package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text through the Markdown reader and its front matter split: blocks every time (never an
 * exception), and a text without front matter handed on whole. Regression mode replays {@code
 * MarkdownFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class MarkdownFuzzTest {

  private static final String[] OPENINGS = {"", "---\n", "+++\n", "---\ntitle: ", "{{< ", "::: "};

  @FuzzTest(maxDuration = "30s")
  void anyTextReadsAsBlocks(FuzzedDataProvider data) {
    String text = data.pickValue(OPENINGS) + data.consumeRemainingAsString();

    FrontMatter.Split split = FrontMatter.split(text);

    if (split.block().isEmpty()) {
      assertThat(split.body()).isEqualTo(text);
      assertThat(split.properties()).isEmpty();
    }
    assertThat(Markdown.blocks(split.body())).allSatisfy(b -> assertThat(b.text()).isNotBlank());
  }
}
