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
""")
  void stripsLabelsInFrontOfAHeadline(String title, String stripped) {
    assertThat(TitleLabels.strip(title)).isEqualTo(stripped);
  }
}
