package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
"""
By Jane Doe                                 | Jane Doe              | -                                 | -
BY JANE DOE                                 | Jane Doe              | -                                 | -
by Jane Doe                                 | Jane Doe              | -                                 | -
By SEAN O'NEIL and MARY MCKAY               | Sean O'Neil;Mary McKay | -                                | -
By JOHN SMITH III, AP Business Writer       | John Smith III        | AP Business Writer                | -
By J.R. HARTLEY                             | J.R. Hartley          | -                                 | -
By Jane Doe, Staff Writer                   | Jane Doe              | Staff Writer                      | -
By Jane Doe, Senior Reporter                | Jane Doe              | Senior Reporter                   | -
By Jane Doe and John Smith                  | Jane Doe;John Smith   | -                                 | -
By Jane Doe, John Smith & Ann Lee           | Jane Doe;John Smith;Ann Lee | -                           | -
By Ludwig van Beethoven                     | Ludwig van Beethoven  | -                                 | -
By J. R. Hartley                            | J. R. Hartley         | -                                 | -
By Seán O’Brien-Murphy                      | Seán O’Brien-Murphy   | -                                 | -
'By Ed Morrissey | November 20, 2024'       | Ed Morrissey          | -                                 | 2024-11-20
By Jane Doe, March 3, 2025                  | Jane Doe              | -                                 | 2025-03-03
Written by Jane Doe                         | Jane Doe              | -                                 | -
Written by Jane Doe Edited by John Smith     | Jane Doe              | -                                 | -
Story and photos by Jane Doe                | Jane Doe              | -                                 | -
From staff reports                          | Staff reports         | -                                 | -
Staff and wire reports                      | Staff and wire reports | -                                | -
Harlan Gazette staff                        | Harlan Gazette staff  | -                                 | -
By Courier staff                            | Courier staff         | -                                 | -
'By The Harlan Gazette Staff.'              | The Harlan Gazette Staff | -                              | -
Byline: Jane Doe                            | Jane Doe              | -                                 | -
AUTHOR: JANE DOE                            | Jane Doe              | -                                 | -
Reporters: Jane Doe and John Smith          | Jane Doe;John Smith   | -                                 | -
By Jane Doe @janedoe                        | Jane Doe              | -                                 | -
'By Jane Doe, Staff Writer (jane.doe@paper.example)' | Jane Doe   | Staff Writer                      | -
'By Jane Doe. Photos by John Smith | May 2, 2025' | Jane Doe        | -                                 | 2025-05-02
By Jane Doe and photography by John Smith   | Jane Doe              | -                                 | -
By Jane Doe (with John Smith and Ann Lee)   | Jane Doe;John Smith;Ann Lee | -                           | -
By Reuters                                  | Reuters               | -                                 | -
By Harlan Wire Service                      | Harlan Wire Service   | -                                 | -
By MARISA DELACROIX, Harlan Wire Service    | Marisa Delacroix      | Harlan Wire Service               | -
By Jane Doe, Reuters                        | Jane Doe              | Reuters                           | -
By Jane Doe, The Press Association News Service | Jane Doe          | The Press Association News Service | -
'By , an investigative editor at Meduza.'   | -                     | an investigative editor at Meduza. | -
""")
  void readsBylines(String line, String names, String role, String date) {
    Bylines.Byline byline = Bylines.parse(line).orElseThrow();
    List<String> expected = names == null ? List.of() : Arrays.asList(names.split(";"));
    assertThat(byline.names()).isEqualTo(expected);
    assertThat(byline.role()).isEqualTo(role);
    assertThat(byline.date()).isEqualTo(date);
  }

  /** Prose that starts with "By": the traps TEXT.md names, and their cousins. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'By many accounts, Russia’s invasion of Ukraine is already a colossal failure.'
          'By many accounts, it failed.'
          'By the following day the town was empty.'
          'By the following day, the town was empty.'
          'By 2030 emissions must fall by half.'
          'By 2030, emissions must fall.'
          'By Monday, the council had voted.'
          'By Christmas, most shops had sold out.'
          'By Friday he was gone.'
          'By Jane’s account, nothing happened.'
          'By contrast, Oslo grew.'
          'By The Numbers'
          'By Jane Doe, who was there, the vote was close.'
          'By Jane Doe (with a grain of salt)'
          'Edited by Jane Doe'
          'Library staff'
          'the library staff'
          'Staff reports on the budget were late'
          'Author of the report was Jane Doe'
          'Bylines: a history'
          'Bylines matter.'
          'By'
          'By |'
          'By: | |'
          """)
  void rejectsProseThatStartsWithBy(String line) {
    assertThat(Bylines.parse(line)).isEmpty();
  }
}
