package dev.copydesk.normalize;

import static dev.copydesk.normalize.NormalizerTest.BODY;
import static dev.copydesk.normalize.NormalizerTest.ok;
import static dev.copydesk.normalize.NormalizerTest.provenance;
import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Jekyll post's date in its file name, when its front matter has none. */
class PostFileNamesTest {

  private static Entry file(String name, String mediaType, Map<String, List<String>> properties) {
    return ok(
        new Extracted(
            new Source(name, mediaType, 100, "ab".repeat(32)),
            List.of(RawBlock.of(BlockKind.PARAGRAPH, BODY)),
            properties));
  }

  @Test
  void aDatedPostsFileNameGivesTheDateAtLowConfidence() {
    Entry post =
        file(
            "2025-06-11-marina-expansion.md",
            "text/markdown",
            Map.of("md:title", List.of("Marina")));

    assertThat(post.published()).isEqualTo("2025-06-11");
    assertThat(
            file("site/_posts/2025-06-11-marina.markdown", "text/markdown", Map.of()).published())
        .isEqualTo("2025-06-11");
    assertThat(provenance(post, "published"))
        .isEqualTo(Map.of("from", "text:post-file-name", "confidence", "low"));
  }

  @Test
  void theFrontMattersDateWinsAndOtherFilesNamedByADateGiveNone() {
    Entry dated =
        file(
            "2025-06-11-marina-expansion.md",
            "text/markdown",
            Map.of("md:title", List.of("Marina"), "md:date", List.of("2025-06-12T08:00:00Z")));
    Entry word =
        file(
            "2025-06-11-marina-expansion.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Map.of("dc:title", List.of("Marina")));

    assertThat(dated.published()).isEqualTo("2025-06-12T08:00:00Z");
    assertThat(word.published()).isNull();
  }
}
