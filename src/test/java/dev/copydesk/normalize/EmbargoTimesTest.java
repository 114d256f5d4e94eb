package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmbargoTimesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EMBARGOED UNTIL 00:01 GMT, Thursday 5 March 2025          | 2025-03-05T00:01:00Z
          Embargoed until 0001 hrs GMT on 5 March 2025              | 2025-03-05T00:01:00Z
          Under embargo until 00.01 BST, 3 June 2025                | 2025-06-02T23:01:00Z
          Not for publication before 10 a.m. ET April 2, 2025       | 2025-04-02T14:00:00Z
          EMBARGOED UNTIL 10AM EST, JANUARY 14, 2025                | 2025-01-14T15:00:00Z
          Embargoed until 12:01 a.m. PT on March 4, 2025            | 2025-03-04T08:01:00Z
          Embargoed until 2 p.m. CET on 8 April 2025                | 2025-04-08T12:00:00Z
          Embargoed until midnight (UK time) 6 January 2025         | 2025-01-06T00:00:00Z
          Embargoed until noon AEDT Friday 7 February 2025          | 2025-02-07T01:00:00Z
          """)
  void aTimeWithItsZoneOnTheNoticesDayIsTheMomentItLifts(String notice, String lifts) {
    assertThat(Embargoes.Notice.of(notice).lifts()).isEqualTo(lifts);
  }

  @Test
  void noZoneNoDayOrAYearAloneIsNoMoment() {
    assertThat(Embargoes.Notice.of("EMBARGOED UNTIL 00:01, 5 March 2025").lifts()).isNull();
    assertThat(Embargoes.Notice.of("EMBARGOED UNTIL 00:01 GMT Thursday").lifts()).isNull();
    assertThat(Embargoes.Notice.of("Embargoed until 5 March 2025 GMT").lifts()).isNull();
    assertThat(Embargoes.Notice.of("Embargoed until 25:10 GMT, 5 March 2025").lifts()).isNull();
    assertThat(Embargoes.Notice.of("Embargo : 10 h et 12 h, 5 mars 2025").lifts()).isNull();
  }
}
