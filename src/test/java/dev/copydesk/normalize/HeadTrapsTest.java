package dev.copydesk.normalize;

import static dev.copydesk.normalize.NormalizerTest.BODY;
import static dev.copydesk.normalize.NormalizerTest.BODY2;
import static dev.copydesk.normalize.NormalizerTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Entry;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The heads of articles as newsrooms file them, each line a paragraph of a plain-text file (lines
 * split at {@code ¶}; {@code {H}} is the headline, {@code {D}} the standfirst), above two
 * paragraphs of body: what the entry's title, standfirst, authors and date are, and that the body
 * starts with the story. Each row is a trap that once put a field name, a label or a line of
 * metadata into the title, the standfirst or the body.
 */
class HeadTrapsTest {

  private static final String HEADLINE = "Council closes the pool for the winter";
  private static final String DEK = "Energy costs have tripled and the roof leaks in heavy rain";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      nullValues = "-",
      textBlock =
          """
          {H} ¶ By Jane Doe # - # Jane Doe # -
          OPINION ¶ {H} ¶ By Jane Doe # - # Jane Doe # -
          EXCLUSIVE: ¶ {H} ¶ By Jane Doe # - # Jane Doe # -
          {H} ¶ {D} ¶ By Jane Doe # {D} # Jane Doe # -
          HED: {H} ¶ DEK: {D} ¶ BYLINE: Jane Doe # {D} # Jane Doe # -
          SLUG: pool-closure ¶ Headline: {H} ¶ Standfirst: {D} ¶ Author: Jane Doe # {D} # Jane Doe # -
          {H} ¶ Jane Doe # - # Jane Doe # -
          {H} ¶ JANE DOE # - # Jane Doe # -
          {H} ¶ Jane Doe and John Roe # - # Jane Doe;John Roe # -
          {H} ¶ Jane Doe, Staff Writer # - # Jane Doe # -
          {H} ¶ By Jane Doe ¶ Staff Writer ¶ jane.doe@paper.example | @janedoe # - # Jane Doe # -
          {H} ¶ By Jane Doe @janedoe # - # Jane Doe # -
          {H} ¶ Written by Jane Doe Edited by John Roe # - # Jane Doe # -
          {H} ¶ Story and photos by Jane Doe # - # Jane Doe # -
          {H} ¶ From staff reports # - # Staff reports # -
          {H} ¶ By Harlan Gazette staff # - # Harlan Gazette staff # -
          {H} ¶ By Jane Doe (with John Roe and Ann Lee) # - # Jane Doe;John Roe;Ann Lee # -
          {H} ¶ March 3, 2025 | By Jane Doe # - # Jane Doe # 2025-03-03
          {H} ¶ Harlan Gazette | Published March 3, 2025 | By Jane Doe # - # Jane Doe # 2025-03-03
          {H} ¶ By Jane Doe | Published March 3, 2025 | Updated March 4, 2025 # - # Jane Doe # 2025-03-03
          {H} ¶ Posted by Jane Doe on March 3, 2025 # - # Jane Doe # 2025-03-03
          {H} ¶ Posted on March 3, 2025 by Jane Doe # - # Jane Doe # 2025-03-03
          {H} ¶ By Jane Doe ¶ Updated 9:15 AM EST, Mon March 3, 2025 # - # Jane Doe # 2025-03-03
          {H} ¶ Le Courrier | 3 mars 2025 à 10h05 | Par Jeanne Roy et Anne Lind # - # Jeanne Roy;Anne Lind # 2025-03-03
          {H} ¶ Veröffentlicht am 3. März 2025 ¶ By Jana Roth # - # Jana Roth # 2025-03-03
          {H} ¶ By many accounts, the pool should have closed years ago, residents said. # - # - # -
          """)
  void theHeadIsReadAndTheBodyStartsWithTheStory(
      String head, String standfirst, String authors, String published) {
    List<String> lines =
        Arrays.stream(head.split("¶"))
            .map(String::strip)
            .map(line -> line.replace("{H}", HEADLINE).replace("{D}", DEK))
            .toList();
    boolean proseLast = lines.get(lines.size() - 1).startsWith("By many accounts");
    String text = String.join("\n\n", lines) + "\n\n" + BODY + "\n\n" + BODY2;

    Entry entry = ok(PlainText.of(text));

    assertThat(entry.title()).isEqualTo(HEADLINE);
    assertThat(entry.standfirst()).isEqualTo(standfirst == null ? null : DEK);
    assertThat(entry.authors())
        .isEqualTo(authors == null ? List.of() : List.of(authors.split(";")));
    if (published != null) {
      assertThat(entry.published()).startsWith(published);
    }
    assertThat(entry.body().get(0).text()).isEqualTo(proseLast ? lines.get(1) : BODY);
  }
}
