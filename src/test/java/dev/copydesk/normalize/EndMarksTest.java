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

class EndMarksTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "###",
        "# # #",
        "####",
        "-30-",
        "- 30 -",
        "–30–",
        "ENDS",
        "-ENDS-",
        "– ENDS –",
        "(ENDS)",
        "-END-",
        " ### "
      })
  void readsAnEndMark(String text) {
    assertThat(EndMarks.isEnd(text)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "#",
        "##",
        "30",
        "Ends",
        "ends",
        "END",
        "The End",
        "###Notes",
        "-- ENDS OF THE EARTH --",
        "It ends here."
      })
  void leavesOtherShortLinesAlone(String text) {
    assertThat(EndMarks.isEnd(text)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"-more-", "- MORE -", "(more)", "—more—"})
  void readsAContinuationMark(String text) {
    assertThat(EndMarks.isContinuation(text)).isTrue();
    assertThat(EndMarks.isContinuation("More")).isFalse();
  }

  @Test
  void theMarkAndEverythingAfterItLeaveTheBodyRecorded() {
    List<Unit> units = new ArrayList<>(paragraphs(4));
    units.addAll(
        units(
            "###",
            "About the Port Authority: it runs two terminals and a ferry landing.",
            "Media contact: Jordan Pike, (555) 014-2287"));
    Pass pass = EndMarks.cut(units);
    assertThat(pass.units()).isEqualTo(paragraphs(4));
    assertThat(pass.removed())
        .containsExactly(
            new Removal("###", "end-mark", 1),
            new Removal(
                "About the Port Authority: it runs two terminals and a ferry landing.",
                "after-end-mark",
                1),
            new Removal("Media contact: Jordan Pike, (555) 014-2287", "after-end-mark", 1));
  }

  @Test
  void aContinuationMarkGoesWhereverItIs() {
    List<Unit> units = new ArrayList<>(paragraphs(2));
    units.addAll(units("- more -"));
    units.addAll(paragraphs(2));
    Pass pass = EndMarks.cut(units);
    assertThat(pass.units()).hasSize(4).noneMatch(u -> u.text().contains("more"));
    assertThat(pass.removed()).containsExactly(new Removal("- more -", "continuation-mark", 1));
  }

  /** Two stories in one file, or a section break: the mark goes, the longer text after it stays. */
  @Test
  void aMarkFollowedByMoreTextThanBeforeItKeepsThatTextUnderSuspicion() {
    List<Unit> units = new ArrayList<>(paragraphs(2));
    units.addAll(units("ENDS"));
    units.addAll(paragraphs(3));
    Pass pass = EndMarks.cut(units);
    assertThat(pass.units()).hasSize(5);
    assertThat(pass.removed()).containsExactly(new Removal("ENDS", "end-mark", 1));
    assertThat(pass.units().get(2).suspicion()).contains("after the end mark “ENDS”");
    assertThat(pass.units()).filteredOn(u -> u.suspicion() != null).hasSize(1);
  }

  @Test
  void aMarkBeforeAnyTextIsNotAnEnd() {
    List<Unit> units = new ArrayList<>(units("###"));
    units.addAll(paragraphs(2));
    Pass pass = EndMarks.cut(units);
    assertThat(pass.units()).hasSize(3);
    assertThat(pass.removed()).isEmpty();
  }
}
