package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayNameTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "report.docx | report.docx",
        "../../etc/passwd | passwd",
        "C:\\Users\\ana\\My Story.docx | My Story.docx",
        "folder/ | folder",
        "'  spaced.txt  ' | spaced.txt",
        ".. | unnamed",
        "/ | unnamed",
        "'' | unnamed"
      })
  void keepsTheLastSegmentOnly(String given, String shown) {
    assertThat(DisplayName.of(given)).isEqualTo(shown);
  }

  @Test
  void dropsControlAndInvisibleFormattingCharacters() {
    assertThat(DisplayName.of("evil\u0000name\r\n.txt")).isEqualTo("evilname.txt");
    assertThat(DisplayName.of("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
  }

  @Test
  void capsTheLengthInCodePoints() {
    String name = "😀".repeat(300) + ".txt";

    String shown = DisplayName.of(name);

    assertThat(shown.codePointCount(0, shown.length())).isEqualTo(DisplayName.MAX_CODE_POINTS);
    assertThat(DisplayName.of(null)).isEqualTo(DisplayName.UNNAMED);
  }
}
