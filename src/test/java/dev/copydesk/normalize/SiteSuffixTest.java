package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteSuffixTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      nullValues = "-",
      textBlock =
"""
Mutiny brewing? Refuseniks depleting Russian forces – HotAir ; - ; Mutiny brewing? Refuseniks depleting Russian forces
Mutiny brewing? Refuseniks depleting Russian forces | Hot Air News Network ; - ; Mutiny brewing? Refuseniks depleting Russian forces
Council votes to close the pool - example.com ; - ; Council votes to close the pool
Council votes to close the pool — The Daily Example ; - ; Council votes to close the pool
Council votes :: Example Gazette ; - ; Council votes
Council votes to close the pool - the longest debate of the year ; - ; Council votes to close the pool - the longest debate of the year
Europe – The Long Cold Winter Of Our Discontent ; - ; Europe – The Long Cold Winter Of Our Discontent
Council votes – what comes next ; - ; Council votes – what comes next
Council votes – What Comes Next For The Town ; - ; Council votes – What Comes Next For The Town
Council votes - Gazette of the North and the Islands ; Gazette of the North and the Islands ; Council votes
Plain title ; - ; Plain title
Title | A | B ; - ; Title | A
""")
  void stripsSiteSuffixes(String title, String siteName, String expected) {
    assertThat(SiteSuffix.strip(title, siteName)).isEqualTo(expected);
  }
}
