package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.ErrorCode;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.Result;
import dev.copydesk.normalize.Normalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire copy in ninjs, IPTC's JSON for news, versions 1 and 2, found by its keys whatever the file's
 * name, through the whole extractor in both modes and the normaliser.
 */
class NinjsExtractionTest {

  static final String NINJS_1 =
      """
      {
        "uri": "http://ap.example/ninjs/ferry-strike-20250208",
        "type": "text",
        "versioncreated": "2025-02-08T14:40:00Z",
        "firstcreated": "2025-02-07T11:12:00Z",
        "slugline": "Ferry Strike",
        "headline": "Harlan Bay ferry strikers agree to talks before a state mediator",
        "description_text": "The union will meet the ferry authority on Monday.",
        "byline": "By MARISA DELACROIX-MCKAY, Associated Press",
        "ednote": "CORRECTS day of the vote.",
        "located": "HARLAN BAY",
        "copyrightnotice": "Copyright 2025 The Associated Press.",
        "body_html": "<p>HARLAN BAY (AP) — Striking deckhands on the Harlan Bay ferry agreed on \
      Saturday to meet the ferry authority before a state mediator.</p><p>The union's members voted \
      late Friday to accept the offer of talks on Monday.</p><blockquote><p>\\"We will sit down with \
      anyone,\\" Renner said.</p></blockquote>",
        "associations": {"featureimage": {"uri": "http://ap.example/photo/1", "type": "picture",
          "headline": "Pickets at the terminal"}}
      }
      """;

  static final String NINJS_2 =
      """
      {
        "uri": "urn:newsml:hws.example:20250402:rail-freight",
        "firstcreated": "2025-04-02T11:30:00-04:00",
        "embargoed": "2025-04-08T00:01:00-04:00",
        "headlines": [{"role": "main", "value": "Rail freight deal keeps the Tessaly line open"}],
        "descriptions": [{"role": "summary", "value": "Shippers agree to 40 trains a week."}],
        "bylines": [{"byline": "By TOMASZ WIECZOREK"}],
        "bodies": [{"role": "main", "contenttype": "text/plain", "value": "The freight line along \
      the Tessaly River will stay open until at least 2030.\\n\\nThe shippers agreed to guarantee 40 \
      trains a week."}]
      }
      """;

  @TempDir Path dir;

  static Stream<Arguments> extractors() {
    return Fixtures.bothModes();
  }

  /**
   * Version 1: headline, description, byline, advisory, dates and the XHTML body, laid out as wire
   * copy is, so the entry reads as the same story in NITF would. Before 2026-12-05 every JSON file
   * was refused as {@code UNSUPPORTED_TYPE}.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void aNinjsStoryIsAnEntry(String mode, Extractor extractor) throws IOException {
    Extracted extracted = Fixtures.extractOk(extractor, write("story.json", NINJS_1), "story.json");
    Entry entry = normalized(extracted);

    assertThat(extracted.source().mediaType()).isEqualTo(SupportedTypes.NINJS);
    assertThat(entry.title())
        .isEqualTo("Harlan Bay ferry strikers agree to talks before a state mediator");
    assertThat(entry.standfirst()).isEqualTo("The union will meet the ferry authority on Monday.");
    assertThat(entry.authors()).containsExactly("Marisa Delacroix-McKay");
    assertThat(entry.published()).isEqualTo("2025-02-07T11:12:00Z");
    assertThat(entry.body())
        .extracting(b -> b.kind())
        .containsExactly(BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.QUOTE);
    assertThat(entry.body().get(0).text()).startsWith("Striking deckhands");
    assertThat(entry.flags()).extracting(f -> f.code()).contains(FlagCode.CORRECTION);
    assertThat(entry.metadata())
        .containsEntry("news:slug", "Ferry Strike")
        .containsEntry("news:id", "http://ap.example/ninjs/ferry-strike-20250208")
        .containsEntry("text:authorRole", "Associated Press");
    assertThat(entry.body()).noneMatch(b -> b.text().contains("Pickets at the terminal"));
  }

  /** Version 2's arrays (headlines, descriptions, bylines, bodies) and an embargo, in a .txt. */
  @Test
  void versionTwoWithAnEmbargoFoundByItsKeys() throws IOException {
    Extracted extracted =
        Fixtures.extractOk(Fixtures.EXTRACTOR, write("rail.txt", NINJS_2), "rail.txt");
    Entry entry = normalized(extracted);

    assertThat(extracted.source().mediaType()).isEqualTo(SupportedTypes.NINJS);
    assertThat(entry.title()).isEqualTo("Rail freight deal keeps the Tessaly line open");
    assertThat(entry.standfirst()).isEqualTo("Shippers agree to 40 trains a week.");
    assertThat(entry.authors()).containsExactly("Tomasz Wieczorek");
    assertThat(entry.body()).hasSize(2);
    assertThat(entry.flags()).extracting(f -> f.code()).contains(FlagCode.EMBARGO);
    assertThat(entry.metadata()).containsEntry("text:embargoLifts", "2025-04-08T04:01:00Z");
  }

  /**
   * Broken or hostile JSON with ninjs's keys fails with a code, never a stack trace: cut short, no
   * text of its own, nested 5,000 deep. Other JSON is still refused.
   */
  @Test
  void badNinjsFailsWithItsCode() throws IOException {
    String cut = NINJS_1.substring(0, NINJS_1.indexOf("\"body_html\"") + 40);
    String noBody = "{\"uri\": \"x\", \"headline\": \"A picture\", \"type\": \"picture\"}";
    String deep =
        "{\"uri\": \"x\", \"headline\": \"h\", \"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}";

    assertThat(code("cut.json", cut)).isEqualTo(ErrorCode.CORRUPT_FILE);
    assertThat(code("photo.json", noBody)).isEqualTo(ErrorCode.NO_TEXT);
    assertThat(code("deep.json", deep)).isEqualTo(ErrorCode.CORRUPT_FILE);
    assertThat(code("feed.json", "{\"name\": \"x\", \"uri\": \"y\", \"items\": [1, 2]}"))
        .isEqualTo(ErrorCode.UNSUPPORTED_TYPE);
  }

  private ErrorCode code(String name, String content) throws IOException {
    Result<Extracted> result = Fixtures.EXTRACTOR.extract(write(name, content), name);
    return Fixtures.error(result).code();
  }

  private static Entry normalized(Extracted extracted) {
    Result<Entry> result = new Normalizer().apply(extracted);
    assertThat(result).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<Entry>) result).value();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
