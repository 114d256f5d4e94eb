package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Entry;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BottomMatterTest {

  @ParameterizedTest(name = "bio ''{0}'' vs byline ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the Washington correspondent at The Riverside Courier. She covers Congress."
            + " | Washington correspondent at The Riverside Courier. | true",
        "an investigative editor at X. | an investigative editor at X. | true",
        "an investigative editor at X. | investigative editor at X | true",
        "a Washington correspondent at X. | the Washington correspondent at X. | true",
        "a sports writer at X. | Washington correspondent at X. | false",
        "the mayor of Riverside. | the | false",
      })
  void aBioStatesTheRoleOfTheEmptyByline(String bioRole, String bylineRole, boolean same) {
    assertThat(BottomMatter.sameRole(bioRole, bylineRole)).isEqualTo(same);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "By , Washington correspondent at the Example Gazette."
            + " | Jane Doe is the Washington correspondent at the Example Gazette. She covers Congress.",
        "By , an editor at the Example Gazette. | Jane Doe is an editor at the Example Gazette.",
      })
  void anEmptyBylineIsFilledFromTheBioAtTheEnd(String byline, String bio) {
    Entry entry =
        NormalizerTest.ok(
            PlainText.of(
                "Council closes the pool\n\n"
                    + byline
                    + "\n\n"
                    + NormalizerTest.BODY
                    + "\n\n"
                    + bio));
    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(NormalizerTest.provenance(entry, "authors"))
        .isEqualTo(Map.of("from", "text:author-bio", "confidence", "medium"));
  }
}
