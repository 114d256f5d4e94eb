package dev.copydesk.normalize;

import static dev.copydesk.normalize.BoilerplateRulesTest.paragraphs;
import static dev.copydesk.normalize.BoilerplateRulesTest.units;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireHeadsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "BC-US--Rail Unions-Deal,0512",
        "BC-NY--Subway Fire, 1st Ld-Writethru,0450",
        "AP-US-Rail-Strike,651",
        "URGENT",
        "BULLETIN"
      })
  void aSlugOrPriorityLineAtTheHeadLeaves(String line) {
    List<Unit> units = new ArrayList<>(units(line, "Rail unions reach tentative deal"));
    units.addAll(paragraphs(3));
    Pass pass = WireHeads.read(units).pass();
    assertThat(pass.units()).hasSize(4);
    assertThat(pass.units().get(0).text()).isEqualTo("Rail unions reach tentative deal");
    assertThat(pass.removed()).containsExactly(new Removal(line, "wire-slug", 1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UPDATE 2-", "REFILE-", "CORRECTED-", "WRAPUP 1-", "UPDATE 12 - "})
  void aVersionMarkLeavesTheHeadline(String mark) {
    List<Unit> units = new ArrayList<>(units(mark + "Rail unions reach tentative deal"));
    units.addAll(paragraphs(3));
    Pass pass = WireHeads.read(units).pass();
    assertThat(pass.units().get(0).text()).isEqualTo("Rail unions reach tentative deal");
    assertThat(pass.removed())
        .extracting(Removal::text)
        .containsExactly(mark.replaceAll("\\s*-\\s*$", ""));
  }

  @Test
  void proseAndLowerCaseLookalikesStay() {
    List<Unit> units =
        new ArrayList<>(
            units(
                "Update on the rail talks",
                "UPDATE 2-Rail unions reach a deal",
                "Urgent repairs close the bridge"));
    units.addAll(paragraphs(2));
    Pass pass = WireHeads.read(units).pass();
    assertThat(pass.removed()).isEmpty();
    assertThat(pass.units()).isEqualTo(units);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"MANDATORY KILL", "KILL", "ELIMINATION", "WITHDRAWN", "STORY WITHDRAWN"})
  void aWithdrawalAtTheHeadIsCarried(String line) {
    List<Unit> units = new ArrayList<>(units("URGENT", line, "BC-US--Rail Strike,0512"));
    units.addAll(units("Rail unions reach tentative deal"));
    units.addAll(paragraphs(3));
    WireHeads.Read read = WireHeads.read(units);
    assertThat(read.withdrawal()).isEqualTo(line);
    assertThat(read.pass().units().get(0).text()).isEqualTo("Rail unions reach tentative deal");
    assertThat(read.pass().removed()).hasSize(3);
  }

  @Test
  void aWithdrawnHeadlineIsCarriedAndAKillInProseIsNot() {
    List<Unit> marked = new ArrayList<>(units("WITHDRAWN-Rail unions reach tentative deal"));
    marked.addAll(paragraphs(3));
    assertThat(WireHeads.read(marked).withdrawal()).isEqualTo("WITHDRAWN");

    List<Unit> prose = new ArrayList<>(units("Kill the bill, protesters say"));
    prose.addAll(units("KILL"));
    prose.addAll(paragraphs(3));
    assertThat(WireHeads.read(prose).withdrawal()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "(Corrects paragraph 3 to show the deal covers 12 unions, not 11)",
        "(Corrects spelling of union leader's name in paragraph 5)",
        "(Clarifies timing of the vote in paragraph 4)",
        "Eds: CORRECTS spelling of Delacroix-McKay."
      })
  void aCorrectionAdvisoryUnderTheHeadlineLeavesAndIsTheCorrection(String line) {
    List<Unit> units = new ArrayList<>(units("Rail unions reach tentative deal", line));
    units.addAll(paragraphs(3));
    WireHeads.Read read = WireHeads.read(units);
    assertThat(read.correction()).isEqualTo(line);
    assertThat(read.pass().units()).hasSize(4).doesNotContain(units.get(1));
    assertThat(read.pass().removed()).containsExactly(new Removal(line, "wire-advisory", 1));
  }

  @Test
  void otherAdvisoriesLeaveWithoutACorrectionAndAParenthesisInProseStays() {
    List<Unit> units =
        new ArrayList<>(
            units(
                "(Adds comment from union in paragraphs 6-7)",
                "Rail unions reach tentative deal",
                "Eds: UPDATES with details. With AP Photos."));
    units.addAll(units("(Corrects the record, he said, on the pension question.) He went on."));
    units.addAll(paragraphs(2));
    WireHeads.Read read = WireHeads.read(units);
    assertThat(read.correction()).isNull();
    assertThat(read.pass().removed())
        .extracting(Removal::reason)
        .containsExactly("wire-advisory", "wire-advisory");
    assertThat(read.pass().units().get(1).text()).startsWith("(Corrects the record");
  }

  @Test
  void aCorrectedHeadlineIsTheCorrectionAndAnUpdateIsNot() {
    List<Unit> corrected = new ArrayList<>(units("CORRECTED-Rail unions reach tentative deal"));
    corrected.addAll(paragraphs(3));
    assertThat(WireHeads.read(corrected).correction()).isEqualTo("CORRECTED");

    List<Unit> updated = new ArrayList<>(units("UPDATE 2-Rail unions reach tentative deal"));
    updated.addAll(paragraphs(3));
    assertThat(WireHeads.read(updated).correction()).isNull();
  }
}
