package dev.copydesk.normalize;

import static dev.copydesk.normalize.NormalizerTest.BODY;
import static dev.copydesk.normalize.NormalizerTest.BODY2;
import static dev.copydesk.normalize.NormalizerTest.DOCX;
import static dev.copydesk.normalize.NormalizerTest.extracted;
import static dev.copydesk.normalize.NormalizerTest.ok;
import static dev.copydesk.normalize.NormalizerTest.provenance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Block;
import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameLinesTest {

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource({
    "Rosalind Hart, true",
    "Colm Ferrity, true",
    "Ana de la Cruz, true",
    "J. R. Tolkien, true",
    "Madonna, false",
    "Cooperatives lead the way, false",
    "Too early to count, false",
    "The Riverside Courier, false",
    "Staff Reporter, false",
    "March 2025, false",
    "Route 7 Riders, false",
    "Jane Doe said, false",
    "Anna Maria Lucia Sofia Rossi, false",
    "'Rosalind Hart, Staff Writer', true",
    "'Rosalind Hart, Harlan Wire Service', true",
    "Rosalind Hart and Colm Ferrity, true",
    "'Rosalind Hart, Colm Ferrity and Ana de la Cruz', true",
    "Pride and Prejudice, false",
    "'Rosalind Hart, Harlan Gazette', false",
    "'New York, New York', false",
    "'Staff Writer, Rosalind Hart', false",
    "ROSALIND HART, true",
    "Jean-Luc Moreau, true",
    "Will Young, true",
    "Mark Price, true",
    "Grace Hope Young, true",
    "Anna Field, true",
    "Rosalind Hart and Anna Field, true",
    "Local News, false",
    "LOCAL NEWS, false",
    "City Hall, false",
    "Door Prize Winners, false",
    "Av Club Meets Tonight, false",
    "Von Trapp Family Singers, false",
    "Harlan Gazette, false",
    "Rosalind Hart and Local News, false",
  })
  void aNameLineIsTwoToFourCapitalisedWordsWithoutVerbOrDigit(String line, boolean name) {
    assertThat(NameLines.isNameLine(Unit.of(BlockKind.PARAGRAPH, line))).isEqualTo(name);
  }

  @ParameterizedTest(name = "dc:creator {0} -> {1}")
  @CsvSource({"Rosalind Hart, high", "Windows User, medium", "Someone Else, medium"})
  void aNameLineAtTheTopIsTheBylineAndLeavesTheBody(String creator, String confidence) {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of("dc:title", List.of("Hospitals merge"), "dc:creator", List.of(creator)),
                RawBlock.of(BlockKind.HEADING, "Hospitals merge"),
                RawBlock.of(BlockKind.PARAGRAPH, "Rosalind Hart"),
                RawBlock.of(BlockKind.PARAGRAPH, BODY),
                RawBlock.of(BlockKind.PARAGRAPH, BODY2)));

    assertThat(entry.authors()).containsExactly("Rosalind Hart");
    assertThat(provenance(entry, "authors"))
        .isEqualTo(Map.of("from", "text:name-line", "confidence", confidence));
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY, BODY2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      nullValues = "-",
      value = {
        "ROSALIND HART # Rosalind Hart # -",
        "Rosalind Hart, Staff Writer # Rosalind Hart # Staff Writer",
        "Rosalind Hart and Colm Ferrity # Rosalind Hart;Colm Ferrity # -",
        "ROSALIND HART, The Associated Press # Rosalind Hart # The Associated Press",
      })
  void readsTheNamesAndTheRole(String line, String names, String role) {
    assertThat(NameLines.read(Unit.of(BlockKind.PARAGRAPH, line)))
        .contains(new NameLines.NameLine(List.of(names.split(";")), role));
  }

  /**
   * A section label under the headline is set as a name line is, but its words are English words
   * that are never names: it names no author and stays in the body.
   */
  @ParameterizedTest(name = "dc:creator {0}")
  @CsvSource(
      nullValues = "-",
      value = {"-", "Rosalind Hart"})
  void aLabelOfEnglishWordsIsNoNameLine(String creator) {
    List<String> creators = creator == null ? List.of() : List.of(creator);
    Entry entry =
        ok(labelled(Map.of("dc:title", List.of("Hospitals merge"), "dc:creator", creators)));

    assertThat(entry.authors()).isEqualTo(creators);
    assertThat(entry.body())
        .extracting(Block::text)
        .containsExactly("Door Prize Winners", BODY, BODY2);
  }

  /** The same label is the byline when the document's author property is that very line. */
  @Test
  void aLabelTheAuthorPropertyNamesIsTheByline() {
    Entry entry =
        ok(
            labelled(
                Map.of(
                    "dc:title", List.of("Hospitals merge"),
                    "dc:creator", List.of("Door Prize Winners"))));

    assertThat(entry.authors()).containsExactly("Door Prize Winners");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY, BODY2);
  }

  private static Extracted labelled(Map<String, List<String>> properties) {
    return extracted(
        DOCX,
        properties,
        RawBlock.of(BlockKind.HEADING, "Hospitals merge"),
        RawBlock.of(BlockKind.PARAGRAPH, "Door Prize Winners"),
        RawBlock.of(BlockKind.PARAGRAPH, BODY),
        RawBlock.of(BlockKind.PARAGRAPH, BODY2));
  }

  @Test
  void aNameAndJobLineGivesTheAuthorAndTheRole() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of("dc:title", List.of("Hospitals merge")),
                RawBlock.of(BlockKind.HEADING, "Hospitals merge"),
                RawBlock.of(BlockKind.PARAGRAPH, "ROSALIND HART"),
                RawBlock.of(BlockKind.PARAGRAPH, "Health Correspondent"),
                RawBlock.of(BlockKind.PARAGRAPH, BODY),
                RawBlock.of(BlockKind.PARAGRAPH, BODY2)));

    assertThat(entry.authors()).containsExactly("Rosalind Hart");
    assertThat(entry.metadata()).containsEntry("text:authorRole", "Health Correspondent");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY, BODY2);
  }

  @Test
  void aNameLikeHeadingAfterTheFirstParagraphStays() {
    Entry entry =
        ok(
            extracted(
                DOCX,
                Map.of("dc:title", List.of("Hospitals merge"), "dc:creator", List.of("Jane Doe")),
                RawBlock.of(BlockKind.HEADING, "Hospitals merge"),
                RawBlock.of(BlockKind.PARAGRAPH, BODY),
                RawBlock.of(BlockKind.HEADING, "Alder Valley"),
                RawBlock.of(BlockKind.PARAGRAPH, BODY2)));

    assertThat(entry.authors()).containsExactly("Jane Doe");
    assertThat(entry.body()).extracting(Block::text).containsExactly(BODY, "Alder Valley", BODY2);
  }
}
