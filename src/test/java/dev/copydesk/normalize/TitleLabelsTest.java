package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleLabelsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
[EXTERNAL] Port halts dredging                          | Port halts dredging
[Ext] PRESS RELEASE: Port halts dredging                | Port halts dredging
EXTERNAL: Port halts dredging                           | Port halts dredging
Caution: roads icy tonight                              | Caution: roads icy tonight
External: the new face of the library                   | External: the new face of the library
Press release – Port halts dredging                     | Port halts dredging
FOR IMMEDIATE RELEASE: Port halts dredging              | Port halts dredging
Port halts dredging                                     | Port halts dredging
Press releases flood newsrooms before the election      | Press releases flood newsrooms before the election
'PRESS RELEASE:'                                        | 'PRESS RELEASE:'
Caution urged as port halts dredging                    | Caution urged as port halts dredging
HED: Port halts dredging                                | Port halts dredging
Headline: Port halts dredging                           | Port halts dredging
'Title : Port halts dredging'                           | Port halts dredging
DEK: Sediment tests found heavy metals                  | Sediment tests found heavy metals
Standfirst: Sediment tests found heavy metals           | Sediment tests found heavy metals
Headlines that sell: a short history                    | Headlines that sell: a short history
""")
  void stripsLabelsInFrontOfAHeadline(String title, String stripped) {
    assertThat(TitleLabels.strip(title)).isEqualTo(stripped);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          SLUG: port-dredging            | port-dredging
          Slugline: PORT-DREDGING-1ST    | PORT-DREDGING-1ST
          Slug:                          | -
          Slugs eat the lettuce          | -
          """)
  void readsASlugLine(String line, String slug) {
    assertThat(TitleLabels.slug(line)).isEqualTo(java.util.Optional.ofNullable(slug));
  }
}
