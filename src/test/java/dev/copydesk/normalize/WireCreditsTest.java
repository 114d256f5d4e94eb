package dev.copydesk.normalize;

import static dev.copydesk.normalize.BoilerplateRulesTest.paragraphs;
import static dev.copydesk.normalize.BoilerplateRulesTest.units;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireCreditsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      textBlock =
"""
(Reporting by David Shepardson in Washington; Additional reporting by Lisa Baertlein in Los Angeles; Editing by Chizu Nomiyama and Jonathan Oatis) | David Shepardson, Lisa Baertlein
(Reporting by Ana Lima and Joe Ray in London, Kim Soo in Seoul; Writing by Mark Hale; Editing by Tom Ito). | Ana Lima, Joe Ray, Kim Soo, Mark Hale
Reporting by Ana Lima; Editing by Tom Ito | Ana Lima
(Compiled by Noor Haddad) | Noor Haddad
(Editing by Chizu Nomiyama) | ''
--With assistance from Joe Ray and Kim Soo. | Joe Ray, Kim Soo
'To contact the reporters on this story: Jane Doe in London at jdoe12@bloomberg.net; Ana Lima in Paris at alima@bloomberg.net' | Jane Doe, Ana Lima
'To contact the editors responsible for this story: Tom Ito at tito@bloomberg.net, Mark Hale' | ''
""")
  void readsTheAuthorsOfACreditLine(String line, String authors) {
    List<String> expected = authors.isEmpty() ? List.of() : List.of(authors.split(", "));
    assertThat(WireCredits.parse(line)).map(WireCredits.Credits::authors).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "(Reporting by the council's own staff)",
        "Supported by a grant from the Harlan Foundation",
        "Written by hand on the back of a ballot, the note reached the mayor on Tuesday.",
        "(Reporting by David Shepardson; Coffee by the pot)",
        "The report by the audit office; the reply by the mayor"
      })
  void leavesOtherLinesAlone(String line) {
    assertThat(WireCredits.parse(line)).isEmpty();
  }

  @Test
  void theCreditLineAtTheFootLeavesTheBody() {
    List<Unit> units = new ArrayList<>(paragraphs(4));
    units.addAll(units("(Reporting by Ana Lima; Editing by Tom Ito)", "Our Standards"));
    WireCredits.Read read = WireCredits.read(units);
    assertThat(read.rest())
        .extracting(Unit::text)
        .doesNotContain("(Reporting by Ana Lima; Editing by Tom Ito)")
        .hasSize(5);
    assertThat(read.credits())
        .map(WireCredits.Credits::line)
        .contains("(Reporting by Ana Lima; Editing by Tom Ito)");
  }

  /**
   * Bloomberg ends with up to three credit lines: all leave the body, in order; the reporter to
   * contact (the byline's) comes before those who assisted.
   */
  @Test
  void everyCreditLineAtTheFootIsRead() {
    List<Unit> units = new ArrayList<>(paragraphs(4));
    units.addAll(
        units(
            "--With assistance from Joe Ray.",
            "To contact the reporter on this story:\nJane Doe in London at jdoe12@bloomberg.net",
            "To contact the editor responsible for this story:\nTom Ito at tito@bloomberg.net"));
    WireCredits.Read read = WireCredits.read(units);
    assertThat(read.rest()).isEqualTo(paragraphs(4));
    assertThat(read.credits().orElseThrow().authors()).containsExactly("Jane Doe", "Joe Ray");
    assertThat(read.credits().orElseThrow().line()).startsWith("--With assistance from Joe Ray.\n");
  }

  @Test
  void aCreditLineAtTheHeadIsNotAWireCredit() {
    List<Unit> units = new ArrayList<>(units("Reporting by Ana Lima"));
    units.addAll(paragraphs(4));
    assertThat(WireCredits.read(units).credits()).isEmpty();
  }
}
