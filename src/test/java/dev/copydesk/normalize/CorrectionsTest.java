package dev.copydesk.normalize;

import static dev.copydesk.normalize.BoilerplateRulesTest.paragraphs;
import static dev.copydesk.normalize.BoilerplateRulesTest.units;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorrectionsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Correction: An earlier version of this article misstated the year the bridge opened. It"
            + " was 1958.",
        "CORRECTION: The council vote was 5-2, not 6-1.",
        "Correction, March 5, 2025: A caption misidentified the city engineer.",
        "Corrections & clarifications: The fare rise takes effect in June.",
        "Clarification — The grant covers rural broadband only.",
        "An earlier version of this story gave the wrong date for the public meeting.",
        "Editor's note: An earlier version of this story misstated the date of the vote.",
        "A previous version of this headline misstated the cost of the repair.",
        "This article has been corrected to show that the school board meets on Tuesdays.",
        "This story was amended on 4 March 2025 to correct the spelling of Ms Raines's name."
      })
  void aNoticeAtTheFootOrTopIsFound(String notice) {
    List<Unit> foot = new ArrayList<>(paragraphs(8));
    foot.addAll(units(notice));
    assertThat(Corrections.notice(foot)).contains(notice);

    List<Unit> top = new ArrayList<>(units(notice));
    top.addAll(paragraphs(8));
    assertThat(Corrections.notice(top)).contains(notice);
  }

  @Test
  void aNoticeInTheMiddleOrProseAboutCorrectionsIsNot() {
    List<Unit> middle = new ArrayList<>(paragraphs(4));
    middle.addAll(units("Correction: The council vote was 5-2, not 6-1."));
    middle.addAll(paragraphs(5));
    assertThat(Corrections.notice(middle)).isEmpty();

    List<Unit> prose =
        new ArrayList<>(
            units(
                "Correction officers said: the jail is short of staff.",
                "Corrections officers — about 40 of them — walked out on Monday.",
                "The earlier version of this plan was rejected in 2019."));
    prose.addAll(paragraphs(3));
    prose.addAll(units("This story has been shared widely since Monday."));
    assertThat(Corrections.notice(prose)).isEmpty();
  }

  @Test
  void aLongParagraphOpeningWithTheWordIsNotANotice() {
    String longText = "Correction: " + "the word again and again ".repeat(30);
    List<Unit> body = new ArrayList<>(paragraphs(3));
    body.addAll(units(longText));
    assertThat(Corrections.notice(body)).isEmpty();
  }
}
