package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          NBSP                  | a\u00A0b                 | a b
          narrow NBSP           | 10\u202F000              | 10 000
          thin and figure space | a\u2009b\u2007c          | a b c
          ideographic space     | a\u3000b                 | a b
          tab                   | a\tb                     | a b
          zero-width space      | co\u200Bpy               | copy
          word joiner           | co\u2060py               | copy
          BOM                   | \uFEFFHello              | Hello
          soft hyphen           | news\u00ADpaper          | newspaper
          stray ZWJ next to ASCII | ab\u200Dc              | abc
          NFC                   | caf\u0065\u0301          | café
          runs of spaces        | a    b  c                | a b c
          trim                  | '   a b   '              | a b
          curly quotes kept     | “It’s” — she said        | “It’s” — she said
          dashes kept           | 1990–2000 – then—now     | 1990–2000 – then—now
          control characters    | a\u0007b                 | ab
          """)
  void cleans(String what, String input, String expected) {
    assertThat(TextCleaner.clean(input)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Persian ZWNJ is orthographic | می\u200Cخواهم
          emoji ZWJ sequence           | 👩\u200D💻
          """)
  void keepsJoinersThatCarryMeaning(String what, String text) {
    assertThat(TextCleaner.clean(text)).isEqualTo(text);
  }

  @ParameterizedTest(name = "pdf={1}: {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'The govern-\nment said'      | true  | The government said
          'The govern-\nment said'      | false | The govern- ment said
          'The govern\u00AD\nment said' | true  | The government said
          'Covid-\n19 cases'            | true  | Covid- 19 cases
          'wrapped\nprose line'         | true  | wrapped prose line
          'wrapped\nprose line'         | false | wrapped prose line
          'a\u00A0b\n\n  c'             | false | a b c
          """)
  void joinsLinesAndMendsHyphenationOnlyInPdf(String text, boolean pdf, String expected) {
    assertThat(TextCleaner.join(TextCleaner.lines(text, pdf), pdf)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          one two three          | 3
          'a — b'                | 2
          'It’s 10:00 — “fine.”' | 3
          ''                     | 0
          '— – …'                | 0
          """)
  void countsTokensWithALetterOrDigit(String text, int words) {
    assertThat(TextCleaner.words(text)).isEqualTo(words);
  }

  @org.junit.jupiter.api.Test
  void foldsCasePunctuationAndSpace() {
    assertThat(TextCleaner.fold("  Join the   Conversation! ")).isEqualTo("join the conversation");
    assertThat(TextCleaner.lines("a\r\nb\u2028c\n\n", false)).isEqualTo(List.of("a", "b", "c"));
  }

  /** A full stop a comment mark pushed onto its own line goes back; a lone line break stays. */
  @Test
  void aLineOfClosingPunctuationJoinsTheLineBefore() {
    assertThat(TextCleaner.lines("its bid was nearly twice as high\n.\n", false))
        .containsExactly("its bid was nearly twice as high.");
    assertThat(TextCleaner.lines("“It is over\n.”", false)).containsExactly("“It is over.”");
    assertThat(TextCleaner.lines(".\nFirst line\n* * *\nNext", false))
        .containsExactly(".", "First line", "* * *", "Next");
  }

  /**
   * The one-pass cleaner against the rules written as regular expressions (how they read in
   * TEXT.md), on random text made of exactly the characters the rules are about.
   */
  @Test
  void onePassCleanerAgreesWithTheRulesAsRegexes() {
    String alphabet =
        "ab Z1 .\t\u000B\f\r\n\u0007\u007F\u00A0\u2003\u202F\u3000\u200B\u2060\uFEFF\u00AD"
            + "\u180E\u200C\u200D\u0301\u0308éمی👩💻";
    int[] points = alphabet.codePoints().toArray();
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      String input = randomText(random, points);
      assertThat(TextCleaner.clean(input))
          .as("clean(%s)", escaped(input))
          .isEqualTo(byRegexes(input));
    }
  }

  @Test
  void onePassWordCountAgreesWithSplittingOnWhitespace() {
    int[] points = "a Z9 .-\t\n\r\u000B\f\u00A0\u3000\u0301é👩".codePoints().toArray();
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      String input = randomText(random, points);
      long expected =
          java.util.Arrays.stream(input.split("\\s+"))
              .filter(token -> token.codePoints().anyMatch(Character::isLetterOrDigit))
              .count();
      assertThat(TextCleaner.words(input))
          .as("words(%s)", escaped(input))
          .isEqualTo((int) expected);
    }
  }

  /** Up to 11 code points drawn from {@code points}. */
  private static String randomText(Random random, int[] points) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      text.appendCodePoint(points[random.nextInt(points.length)]);
    }
    return text.toString();
  }

  private static String byRegexes(String text) {
    String s =
        Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD\\u180E]").matcher(text).replaceAll("");
    s =
        Pattern.compile("(?<=^|[\\x00-\\x7F])[\\u200C\\u200D]|[\\u200C\\u200D](?=$|[\\x00-\\x7F])")
            .matcher(s)
            .replaceAll("");
    s = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]").matcher(s).replaceAll("");
    s =
        Pattern.compile("[\\t\\u000B\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]")
            .matcher(s)
            .replaceAll(" ");
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    return s.replaceAll(" {2,}", " ").strip();
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    s.chars()
        .forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
    return out.toString();
  }

  /**
   * The short cut answers as cleaning does, on 50,000 short strings of the characters it treats.
   */
  @Test
  void cleansToNothingAnswersAsCleanDoes() {
    String alphabet =
        " \t\n\r\u000B\f\u00A0\u2003\u202F\u3000\u200B\u2060\uFEFF\u00AD\u180E"
            + "\u0001\u007F\u200C\u200D\u0301a9é\u0663-\u2028\ud835\udc00";
    java.util.Random random = new java.util.Random(3);
    int empty = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(7); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      boolean expected = TextCleaner.clean(text.toString()).isEmpty();
      empty += expected ? 1 : 0;
      org.assertj.core.api.Assertions.assertThat(TextCleaner.cleansToNothing(text.toString()))
          .as("%s", text.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(expected);
    }
    org.assertj.core.api.Assertions.assertThat(empty).isBetween(1_000, 49_000);
  }

  @Test
  void splitsLinesAsTheLineBreakRegexDid() {
    Pattern lineBreak = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029\\u0085]");
    char[] alphabet = {'a', 'b', ' ', '\r', '\n', '\u2028', '\u2029', '\u0085', '\u000B', '\f'};
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertThat(TextCleaner.splitLines(text.toString()))
          .as("%s", text.toString().chars().mapToObj(Integer::toHexString).toList())
          .containsExactly(lineBreak.split(text, -1));
    }
  }
}
