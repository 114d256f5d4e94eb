package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a count is written in each of Word's number formats. */
class WordNumberingTest {

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @CsvSource({
    "3, decimal, 3",
    "3, lowerLetter, c",
    "27, upperLetter, AA",
    "28, lowerLetter, bb",
    "14, upperRoman, XIV",
    "1994, lowerRoman, mcmxciv",
    "7, decimalZero, 07",
    "12, decimalZero, 12",
    "4, ordinalText, 4"
  })
  void aCountIsWrittenInItsLevelsFormat(int value, String format, String written) {
    assertThat(WordNumbering.number(value, format)).isEqualTo(written);
  }
}
