package dev.copydesk.normalize;

import static dev.copydesk.normalize.MetadataSources.Field.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineDatesTest {

  @ParameterizedTest(name = "{0} created {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
"""
'WASHINGTON, March 4 (Reuters) -'     | 2025-03-04T06:12:00Z      | 2025-03-04
'WASHINGTON, March 4 (Reuters) -'     | 2025-03-09                | 2025-03-04
'LONDON, Dec. 31 (Reuters) -'         | 2026-01-02T10:00:00+01:00 | 2025-12-31
'TOKYO, Jan 2 (Reuters) -'            | 2025-12-30                | 2026-01-02
'WASHINGTON, March 4 (Reuters) -'     | 2025-03-20                | -
'WASHINGTON, March 4, 2025 (AP) —'    | 2025-03-04                | -
'WASHINGTON (AP) —'                   | 2025-03-04                | -
'WASHINGTON, Feb. 30 (Reuters) -'     | 2025-03-01                | -
""")
  void theDaysYearComesFromANearbyCreationDate(String dateline, String created, String expected) {
    Found creation =
        new Found(PUBLISHED, List.of(created), "dcterms:created", "eml:dcterms:created", "low");
    assertThat(DatelineDates.resolve(dateline, List.of(creation)).map(Found::value))
        .isEqualTo(java.util.Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = "'WASHINGTON, March 4 (Reuters) -'")
  void withoutACreationDateThereIsNoYear(String dateline) {
    assertThat(DatelineDates.resolve(dateline, List.of())).isEmpty();
  }
}
