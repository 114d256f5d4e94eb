package dev.copydesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataLinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          date 2022-05-17                    | 2022-05-17 | false
          Date: 2022-05-17                   | 2022-05-17 | false
          Published March 3, 2025            | 2025-03-03 | false
          Published on: 3 March 2025         | 2025-03-03 | false
          'Posted on March 3, 2025 at 9:15 am' | 2025-03-03 | false
          Updated March 4, 2025              | 2025-03-04 | true
          'Updated 9:15 AM EST, Mon March 3, 2025' | 2025-03-03 | true
          Publié le 3 mars 2025              | 2025-03-03 | false
          'Mis à jour le 4 mars 2025 à 10h05' | 2025-03-04 | true
          Veröffentlicht am 3. März 2025     | 2025-03-03 | false
          'Aktualisiert: 4. März 2025, 10:05 Uhr' | 2025-03-04 | true
          Publicado el 3 de marzo de 2025    | 2025-03-03 | false
          Actualizado el 4 de marzo de 2025  | 2025-03-04 | true
          Last updated: 2025-03-04T10:00:00Z | 2025-03-04T10:00:00Z | true
          """)
  void readsLabelledDates(String line, String date, boolean updated) {
    assertThat(MetadataLines.labelledDate(line)).contains(new MetadataLines.Dated(date, updated));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'Published reports say March 3, 2025 was calm.'
          'Updated figures follow.'
          'date night'
          """)
  void ignoresProseAroundLabels(String line) {
    assertThat(MetadataLines.labelledDate(line)).isEmpty();
  }

  @Test
  void readsANameAndDateFooter() {
    assertThat(MetadataLines.footer("Ed Morrissey 10:00 PM | November 20, 2024"))
        .contains(new MetadataLines.Footer(List.of("Ed Morrissey"), "2024-11-20"));
    assertThat(MetadataLines.footer("Jane Doe · 2024-11-20"))
        .contains(new MetadataLines.Footer(List.of("Jane Doe"), "2024-11-20"));
    assertThat(MetadataLines.footer("The council voted | November 20, 2024")).isEmpty();
    assertThat(MetadataLines.footer("Ed Morrissey 10:00 PM | sometime")).isEmpty();
  }

  /** Segmented lines under a headline: every segment metadata, the publication's name first. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      nullValues = "-",
      textBlock =
          """
          March 3, 2025 | By Jane Doe                                  # Jane Doe          # 2025-03-03
          Harlan Gazette | March 3, 2025 | By Jane Doe                 # Jane Doe          # 2025-03-03
          By Jane Doe | Published March 3, 2025 | Updated March 4, 2025 # Jane Doe         # 2025-03-03
          Updated March 4, 2025 • Published March 3, 2025 • By Jane Doe # Jane Doe         # 2025-03-03
          Updated March 4, 2025 | By Jane Doe and John Roe             # Jane Doe;John Roe # -
          Le Monde | 2025-03-03 | Par Jeanne Roy et Anne Lind          # Jeanne Roy;Anne Lind # 2025-03-03
          The Harlan Gazette | March 3, 2025                           # -                 # 2025-03-03
          Published: 09:15 GMT, 3 March 2025 | Updated: 10:20 GMT, 3 March 2025 # -      # 2025-03-03
          Posted by Jane Doe on March 3, 2025                          # Jane Doe          # 2025-03-03
          Le Courrier | 04.05.2025 à 13h36 • Mis à jour le 05.05.2025 à 20h13 | Par Jeanne Roy (avec Anne Lind et Marc Gris) # Jeanne Roy;Anne Lind;Marc Gris # 2025-05-04
          Par Jeanne Roy | 3 mars 2025                                 # Jeanne Roy        # 2025-03-03
          Posted on March 3, 2025 by Jane Doe and John Roe             # Jane Doe;John Roe # 2025-03-03
          Written by JANE DOE on Mon 3 Mar 2025 09.15 GMT.             # Jane Doe          # 2025-03-03
          """)
  void readsStampLines(String line, String names, String date) {
    List<String> expected = names == null ? List.of() : List.of(names.split(";"));
    assertThat(MetadataLines.stamp(line)).contains(new MetadataLines.Stamp(expected, date));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          March 3, 2025
          The Harlan Gazette | News
          The council voted | March 3, 2025
          March 3, 2025 | Harlan Gazette
          By Jane Doe | The council voted on Tuesday
          Posted by the council on March 3, 2025
          Published on March 3, 2025 by the county's printing office
          """)
  void segmentedTextIsNoStampLine(String line) {
    assertThat(MetadataLines.stamp(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
          jane.doe@harlangazette.com                 # true
          @janedoe                                   # true
          Email: jane.doe@paper.example | @janedoe   # true
          Follow her on Twitter @janedoe             # true
          Contact: jane@paper.example or @janedoe.   # true
          Write to jane@paper.example with tips      # false
          The council's address is council@alder.gov # false
          """)
  void readsContactLines(String line, boolean contact) {
    assertThat(MetadataLines.isContactLine(line)).isEqualTo(contact);
  }

  /** Every line of every file is asked: hostile lines must not make the patterns backtrack. */
  @Test
  void hostileLinesAreAnsweredAtOnce() {
    String capitals = "HARLAN".repeat(2_000);
    String addresses = "a@b.cor".repeat(27); // 189 chars: under the length guard
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertThat(MetadataLines.stamp(capitals + "1 | March 3, 2025")).isEmpty();
          assertThat(MetadataLines.stamp("Posted by " + "on ".repeat(3_000) + "x")).isEmpty();
          assertThat(MetadataLines.isContactLine(addresses + "!")).isFalse();
          assertThat(MetadataLines.withoutContact("By Jane " + "x.".repeat(5_000) + "@"))
              .isNotNull();
        });
  }

  /** A date glued to the first paragraph is metadata: cut, and the paragraph keeps the rest. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
"""
date 2022-05-17 The council voted.             | date 2022-05-17         | 2022-05-17 | -       | The council voted.
Published March 3, 2025 — The council voted.   | Published March 3, 2025 — | 2025-03-03 | -     | The council voted.
March 3, 2025 — The council voted.             | March 3, 2025 —         | 2025-03-03 | -       | The council voted.
2025-03-03: The council voted.                 | '2025-03-03:'           | 2025-03-03 | -       | The council voted.
LONDON, March 3 (Wire) - The council voted.    | LONDON, March 3 (Wire) - | -         | -       | The council voted.
'WASHINGTON, D.C., March 3, 2025 (AP) — The council voted.' | 'WASHINGTON, D.C., March 3, 2025 (AP) —' | 2025-03-03 | AP | The council voted.
LONDON (Reuters) - The council voted.          | LONDON (Reuters) -      | -          | Reuters | The council voted.
ATLANTA (CNN) — The council voted.             | ATLANTA (CNN) —         | -          | -       | The council voted.
'NEW YORK, April 2, 2025 /PRNewswire/ -- The council voted.' | 'NEW YORK, April 2, 2025 /PRNewswire/ --' | 2025-04-02 | - | The council voted.
""")
  void cutsGluedDates(String paragraph, String cut, String date, String agency, String rest) {
    assertThat(MetadataLines.glued(paragraph))
        .contains(new MetadataLines.Glued(cut, date, agency, rest));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'March 3, 2025 was the day the council voted.'
          'The council voted on March 3, 2025.'
          'Dates matter: the council voted.'
          'London, they say, is expensive - and so on.'
          """)
  void leavesParagraphsWithoutGluedDates(String paragraph) {
    assertThat(MetadataLines.glued(paragraph)).isEmpty();
  }

  @Test
  void readsAuthorBios() {
    assertThat(
            MetadataLines.bio(
                "Alexey Kovalev is an investigative editor at Meduza."
                    + " Twitter:\u00A0@Alexey__Kovalev"))
        .map(MetadataLines.Bio::name)
        .contains("Alexey Kovalev");
    assertThat(MetadataLines.bio("Russia is a vast country.")).isEmpty();
    assertThat(MetadataLines.bio("The plan is a failure.")).isEmpty();
  }
}
