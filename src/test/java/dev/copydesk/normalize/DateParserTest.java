package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2022-05-17                        | 2022-05-17
          2024-11-20T22:00:00Z              | 2024-11-20T22:00:00Z
          2024-11-20T22:00:00.123+01:00     | 2024-11-20T22:00:00+01:00
          2024-11-20T22:00-0500             | 2024-11-20T22:00:00-05:00
          '2015-07-10 09:53:00 -0400'       | 2015-07-10T09:53:00-04:00
          2024-11-20T22:00:00               | 2024-11-20
          2024/11/20                        | 2024-11-20
          November 20, 2024                 | 2024-11-20
          Nov. 20, 2024                     | 2024-11-20
          Nov 20 2024                       | 2024-11-20
          Sept. 21, 2022                    | 2022-09-21
          20 November 2024                  | 2024-11-20
          20th November, 2024               | 2024-11-20
          'Wednesday, November 20, 2024'    | 2024-11-20
          'November 20, 2024 10:00 PM'      | 2024-11-20
          'November 20, 2024, 10:00 p.m. ET' | 2024-11-20
          20.11.2024                        | 2024-11-20
          11/20/2024                        | 2024-11-20
          20/11/2024                        | 2024-11-20
          'March 3, 2025.'                  | 2025-03-03
          '9:15 AM EST, Mon March 3, 2025'  | 2025-03-03
          '09:15 GMT, 3 March 2025'         | 2025-03-03
          '10.30 3 March 2025'              | 2025-03-03
          3 mars 2025                       | 2025-03-03
          'lundi 3 mars 2025'               | 2025-03-03
          1er février 2025                  | 2025-02-01
          12 déc. 2025                      | 2025-12-12
          '3. März 2025'                    | 2025-03-03
          'Montag, 3. März 2025'            | 2025-03-03
          3 de marzo de 2025                | 2025-03-03
          'miércoles, 5 de marzo de 2025'   | 2025-03-05
          3 marzo 2025                      | 2025-03-03
          3 de março de 2025                | 2025-03-03
          3 maart 2025                      | 2025-03-03
          '14 août 2025 à 10h00'            | 2025-08-14
          '04.05.2015 à 13h36'              | 2015-05-04
          '3. März 2025 um 10:15 Uhr'       | 2025-03-03
          '14 août 2025, 10:00'             | 2025-08-14
          """)
  void readsDates(String text, String iso) {
    assertThat(DateParser.parse(text)).contains(iso);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          03/04/2025
          March 3
          2024
          February 30, 2024
          2024-13-01
          November 20, 1024
          November 20, 2024 was a Wednesday
          3 mars
          mars 2025
          32 mars 2025
          yesterday
          ''
          """)
  void refusesWhatIsNotAFullUnambiguousDate(String text) {
    assertThat(DateParser.parse(text)).isEmpty();
  }
}
