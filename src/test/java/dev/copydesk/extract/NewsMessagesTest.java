package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A NewsML-G2 message of several stories, cut into one item document per story. */
class NewsMessagesTest {

  @TempDir Path dir;

  @Test
  void eachTextItemIsADocumentOfItsOwnThatReadsAsItsStory() throws IOException {
    byte[] message =
        NewsXmlExtractionTest.NEWS_MESSAGE
            .replace("</itemSet>", NewsXmlExtractionTest.SECOND_STORY + "</itemSet>")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(Stories.mayHoldSeveral(message)).isTrue();
    List<byte[]> stories = Stories.newsItems(message);

    assertThat(stories).hasSize(2);
    List<String> headlines = new ArrayList<>();
    for (int i = 0; i < stories.size(); i++) {
      Path file = Files.write(dir.resolve("story-" + i + ".xml"), stories.get(i));
      Result<Extracted> result = Fixtures.EXTRACTOR.extract(file, file.getFileName().toString());
      Extracted story = ((Result.Ok<Extracted>) result).value();
      headlines.add(story.property("news:headline"));
      assertThat(story.blocks()).noneMatch(b -> b.text().contains("Rail yard at dusk"));
    }
    assertThat(headlines)
        .containsExactly(
            "Rail freight deal keeps the Tessaly line open through 2030",
            "Pier lamps to be replaced");
    assertThat(new String(stories.get(1), StandardCharsets.UTF_8))
        .contains("xmlns=\"http://iptc.org/std/nar/2006-10-01/\"");
  }

  @Test
  void aMessageOfOneStoryAndOtherXmlAreNotCut() throws IOException {
    byte[] oneStory = NewsXmlExtractionTest.NEWS_MESSAGE.getBytes(StandardCharsets.UTF_8);
    byte[] page = "<html><body><p>newsMessage</p></body></html>".getBytes(StandardCharsets.UTF_8);

    assertThat(Stories.newsItems(oneStory)).isEmpty();
    assertThat(Stories.newsItems(page)).isEmpty();
    assertThat(Stories.mayHoldSeveral("<html><body>".getBytes(StandardCharsets.UTF_8))).isFalse();
  }
}
