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
    Pass pass = WireHeads.read(units);
    assertThat(pass.units()).hasSize(4);
    assertThat(pass.units().get(0).text()).isEqualTo("Rail unions reach tentative deal");
    assertThat(pass.removed()).containsExactly(new Removal(line, "wire-slug", 1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"UPDATE 2-", "REFILE-", "CORRECTED-", "WRAPUP 1-", "UPDATE 12 - "})
  void aVersionMarkLeavesTheHeadline(String mark) {
    List<Unit> units = new ArrayList<>(units(mark + "Rail unions reach tentative deal"));
    units.addAll(paragraphs(3));
    Pass pass = WireHeads.read(units);
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
    Pass pass = WireHeads.read(units);
    assertThat(pass.removed()).isEmpty();
    assertThat(pass.units()).isEqualTo(units);
  }
}
