package dev.copydesk.normalize;

import static dev.copydesk.normalize.BoilerplateRulesTest.paragraphs;
import static dev.copydesk.normalize.BoilerplateRulesTest.units;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmbargoesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      textBlock =
"""
EMBARGOED UNTIL 00:01 GMT, Thursday 5 March 2025              | 2025-03-05
Embargoed until 10 a.m. ET April 2, 2025                      | 2025-04-02
EMBARGOED: April 2, 2025 at 10:00 a.m. ET                     | 2025-04-02
Strictly embargoed until 2 April 2025, 10:00 BST              | 2025-04-02
Under embargo until 2025-04-02T10:00:00Z                      | 2025-04-02
Embargo: 6 a.m. EST, March 3, 2025                            | 2025-03-03
NOT FOR PUBLICATION BEFORE 9:00 on 14 January 2026            | 2026-01-14
Not for release or broadcast until the minister has spoken    | none
""")
  void readsANoticeAndTheDateItNames(String text, String until) {
    assertThat(Embargoes.isNotice(text)).isTrue();
    assertThat(Embargoes.dateIn(text)).isEqualTo(until);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Embargoes on grain shipments were lifted in March.",
        "The embargo on Cuban cigars dates from 1962.",
        "Embargoed goods piled up at the border.",
        "Not for the first time, the council delayed its vote.",
        "Embargoed until the trial ends, the papers show the firm knew of the leak.",
        "Under embargo for years, the island's economy shrank by a third."
      })
  void leavesProseAboutEmbargoesAlone(String text) {
    assertThat(Embargoes.isNotice(text)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      textBlock =
"""
EMBARGOED UNTIL 00:01 8 April 2025: Port halts dredging        | EMBARGOED UNTIL 00:01 8 April 2025 | Port halts dredging | 2025-04-08
EMBARGOED: 00:01 GMT, 8 April 2025: Port halts dredging        | EMBARGOED: 00:01 GMT, 8 April 2025 | Port halts dredging | 2025-04-08
Embargoed until 10 a.m. ET – April 8 – Port halts dredging     | Embargoed until 10 a.m. ET – April 8 | Port halts dredging | none
[EMBARGOED] Port halts dredging: tests find solvents            | EMBARGOED | Port halts dredging: tests find solvents | none
(Embargoed until Tuesday) Port halts dredging                   | Embargoed until Tuesday | Port halts dredging | none
""")
  void aTitleOpeningWithANoticeIsSplit(String title, String notice, String rest, String until) {
    Embargoes.TitleSplit split = Embargoes.inTitle(title).orElseThrow();
    assertThat(split.title()).isEqualTo(rest);
    assertThat(split.notice().text()).isEqualTo(notice);
    assertThat(split.notice().until()).isEqualTo(until);
    assertThat(Embargoes.titleWithoutNotice(title)).isEqualTo(rest);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Port halts dredging",
        "Embargo talks resume: EU split",
        "Embargoed goods seized – customs",
        "EMBARGOED",
        "Embargoed: "
      })
  void aTitleWithoutANoticeOrWithNothingAfterItStays(String title) {
    assertThat(Embargoes.titleWithoutNotice(title)).isEqualTo(title);
  }

  @Test
  void theNoticeAtTheHeadLeavesTheBodyAndIsKept() {
    List<Unit> units =
        new ArrayList<>(
            units("Port awards dredging contract", "EMBARGOED UNTIL 00:01 GMT, 5 March 2025"));
    units.addAll(paragraphs(3));
    Embargoes.Read read = Embargoes.read(units);
    assertThat(read.pass().units()).hasSize(4).noneMatch(u -> u.text().startsWith("EMBARGOED"));
    assertThat(read.pass().removed())
        .containsExactly(
            new Removal("EMBARGOED UNTIL 00:01 GMT, 5 March 2025", "embargo-notice", 1));
    assertThat(read.notice())
        .contains(
            new Embargoes.Notice(
                "EMBARGOED UNTIL 00:01 GMT, 5 March 2025", "2025-03-05", "2025-03-05T00:01:00Z"));
  }

  @Test
  void aNoticeBelowTheHeadIsArticleText() {
    List<Unit> units = new ArrayList<>(paragraphs(4));
    units.addAll(units("Embargoed until further notice, the report said."));
    Embargoes.Read read = Embargoes.read(units);
    assertThat(read.notice()).isEmpty();
    assertThat(read.pass().units()).hasSize(5);
  }
}
