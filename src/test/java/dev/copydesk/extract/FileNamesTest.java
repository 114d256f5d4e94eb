package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileNamesTest {

  static Stream<Arguments> names() {
    return Stream.of(
        arguments("../../etc/passwd", "passwd"),
        arguments("C:\\Users\\ed\\story.docx", "story.docx"),
        arguments("/abs/path/story.pdf", "story.pdf"),
        arguments("story\u0000.docx", "story.docx"),
        arguments("line\nbreak\r.txt", "linebreak.txt"),
        arguments("invoice\u202Etxt.exe", "invoicetxt.exe"),
        arguments("zero\u200Bwidth.md", "zerowidth.md"),
        arguments("  spaced.txt  ", "spaced.txt"),
        arguments("..", "unnamed"),
        arguments("dir/", "unnamed"),
        arguments("Cafe\u0301.docx", "Caf\u00e9.docx"),
        arguments("\u00dcber Stra\u00dfe.odt", "\u00dcber Stra\u00dfe.odt"));
  }

  @ParameterizedTest
  @MethodSource("names")
  void namesLoseSeparatorsAndInvisibleCharacters(String given, String expected) {
    assertThat(FileNames.sanitise(given)).isEqualTo(expected);
  }

  @Test
  void fiveKilobytesOfNameAreCutKeepingTheExtension() {
    String name = "a".repeat(5 * 1024) + ".docx";
    String safe = FileNames.sanitise(name);
    assertThat(safe).hasSize(FileNames.MAX_CHARS).endsWith("a.docx");
  }

  @Test
  void noNameIsUnnamed() {
    assertThat(FileNames.sanitise(null)).isEqualTo(FileNames.UNNAMED);
    assertThat(FileNames.sanitise("\u0001\u0002")).isEqualTo(FileNames.UNNAMED);
  }
}
