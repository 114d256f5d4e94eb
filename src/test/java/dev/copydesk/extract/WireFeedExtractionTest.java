package dev.copydesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.copydesk.model.BlockKind;
import dev.copydesk.model.Entry;
import dev.copydesk.model.Extracted;
import dev.copydesk.model.FlagCode;
import dev.copydesk.model.RawBlock;
import dev.copydesk.model.Removal;
import dev.copydesk.model.Result;
import dev.copydesk.normalize.Normalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire copy captured from an agency's feed (ANPA 1312, IPTC 7901): the envelope's control
 * characters, header and footer are not text, the feed's line marks and typewriter quotes are read
 * for what they mean, through the whole extractor in both modes.
 */
class WireFeedExtractionTest {

  /** An AP story as its ANPA 1312 feed sends it, CR LF line ends, tab-indented paragraphs. */
  static final String ANPA =
      "\u0016\u0016\u0001a0412  r  u  BC-US--Ferry Strike 04-68\u001f\r\n\u0002"
          + "^BC-US--Ferry Strike,0468<\r\n"
          + "^Harlan Bay ferry crews walk off the job after talks collapse<\r\n"
          + "^Eds: CORRECTS size of the annual cost increase in 4th graf.<\r\n"
          + "^By MARISA DELACROIX-MCKAY=\r\n"
          + "^Associated Press Writer=\r\n"
          + "\tHARLAN BAY (AP) _ Deckhands and engineers on the Harlan Bay ferry walked off the"
          + " job at dawn on Friday after overnight talks on a new contract broke down.\r\n"
          + "\tAbout 140 members of the Inland Boatmen's Association set up picket lines at both\r\n"
          + "terminals shortly before the first scheduled sailing at 5:40 a.m.\r\n"
          + "\t``Nobody on these boats wanted to be standing on a dock in the rain this morning,''"
          + " said Tobias Renner, the union's regional secretary.\r\n"
          + "\t(Copyright 2025 by The Associated Press. All Rights Reserved.)\r\n"
          + "\tMDM-CF\r\n"
          + "\tAP-WF-02-07-25 0612EST<\r\n"
          + "\u0003\r\n\u0004";

  @TempDir Path dir;

  static Stream<Arguments> extractors() {
    return Fixtures.bothModes();
  }

  /**
   * The envelope is set aside (its header as the slug, its closing initials and time as the
   * trailer), heading lines lose their marks, a line that is not indented goes on with the
   * paragraph above, and the typewriter quotes and dash are read as such. Before 2026-12-05 the
   * file was refused as {@code UNSUPPORTED_TYPE}.
   */
  @ParameterizedTest(name = "{0}", autoCloseArguments = false) // the pool is shared
  @MethodSource("extractors")
  void anAnpaMessageReadsWithoutItsEnvelope(String mode, Extractor extractor) throws IOException {
    Extracted extracted = Fixtures.extractOk(extractor, write("a0412.txt", ANPA), "a0412.txt");

    assertThat(extracted.source().mediaType()).isEqualTo(SupportedTypes.ANPA);
    assertThat(extracted.blocks())
        .startsWith(
            new RawBlock(
                BlockKind.PARAGRAPH,
                "a0412  r  u  BC-US--Ferry Strike 04-68",
                0,
                WireFeed.SLUG_REASON),
            RawBlock.of(BlockKind.HEADING, "BC-US--Ferry Strike,0468"),
            RawBlock.of(
                BlockKind.HEADING, "Harlan Bay ferry crews walk off the job after talks collapse"));
    assertThat(Fixtures.texts(extracted, BlockKind.PARAGRAPH))
        .contains(
            "HARLAN BAY (AP) — Deckhands and engineers on the Harlan Bay ferry walked off the job"
                + " at dawn on Friday after overnight talks on a new contract broke down.",
            "About 140 members of the Inland Boatmen's Association set up picket lines at both"
                + " terminals shortly before the first scheduled sailing at 5:40 a.m.",
            "“Nobody on these boats wanted to be standing on a dock in the rain this morning,”"
                + " said Tobias Renner, the union's regional secretary.");
    assertThat(extracted.blocks())
        .filteredOn(b -> WireFeed.TRAILER_REASON.equals(b.setAside()))
        .extracting(RawBlock::text)
        .containsExactly("MDM-CF", "AP-WF-02-07-25 0612EST");
    assertThat(String.join("\n", Fixtures.texts(extracted))).doesNotContainPattern("[\\x00-\\x08]");
    assertThat(extracted.property(WireFeed.SENT)).isEqualTo("2025-02-07T06:12:00-05:00");
  }

  /**
   * The entry: the headline, the byline in the usual case, the advisory and copyright set aside.
   */
  @Test
  void anAnpaStoryIsAnEntryLikeItsPlainText() throws IOException {
    Extracted extracted =
        Fixtures.extractOk(Fixtures.EXTRACTOR, write("a0412.txt", ANPA), "a0412.txt");
    Entry entry = ((Result.Ok<Entry>) new Normalizer().apply(extracted)).value();

    assertThat(entry.title())
        .isEqualTo("Harlan Bay ferry crews walk off the job after talks collapse");
    assertThat(entry.authors()).containsExactly("Marisa Delacroix-McKay");
    assertThat(entry.metadata())
        .containsEntry("text:authorRole", "Associated Press Writer")
        .containsEntry("text:dateline", "HARLAN BAY (AP) —");
    assertThat(entry.flags())
        .extracting(f -> f.code())
        .contains(FlagCode.CORRECTION, FlagCode.LOW_CONFIDENCE_DATE);
    assertThat(entry.published()).isEqualTo("2025-02-07T06:12:00-05:00");
    assertThat(entry.body()).hasSize(3);
    assertThat(entry.removed())
        .extracting(Removal::reason, Removal::text)
        .contains(
            tuple("wire-slug", "BC-US--Ferry Strike,0468"),
            tuple(
                "copyright-notice",
                "(Copyright 2025 by The Associated Press. All Rights Reserved.)"));
  }

  /**
   * A capture holding a second message: the first is the article, the second is set aside whole,
   * never read into it. An IPTC 7901 message (no {@code SYN}, typed plain text) is read the same
   * way.
   */
  @Test
  void aSecondMessageIsSetAsideAndIptc7901IsReadAlike() throws IOException {
    String second = ANPA.replace("a0412", "a0413").replace("Ferry Strike", "Rail Freight");
    Extracted capture =
        Fixtures.extractOk(Fixtures.EXTRACTOR, write("capture.txt", ANPA + second), "capture.txt");
    String iptc7901 = ANPA.substring(2);
    Extracted message =
        Fixtures.extractOk(Fixtures.EXTRACTOR, write("7901.txt", iptc7901), "7901.txt");

    assertThat(capture.blocks())
        .filteredOn(b -> WireFeed.OTHER_MESSAGE_REASON.equals(b.setAside()))
        .singleElement()
        .satisfies(b -> assertThat(b.text()).startsWith("a0413").contains("Rail Freight"));
    assertThat(Fixtures.texts(capture).stream().filter(t -> t.contains("Rail Freight"))).hasSize(1);
    assertThat(message.blocks().stream().filter(RawBlock::mainContent).toList())
        .isEqualTo(
            Fixtures.extractOk(Fixtures.EXTRACTOR, write("a.txt", ANPA), "a.txt").blocks().stream()
                .filter(RawBlock::mainContent)
                .toList());
  }

  /**
   * A capture of three messages: each further message is a set-aside block of its own, and the
   * entry says the file holds three stories.
   */
  @Test
  void eachFurtherMessageIsSetAsideAloneAndTheEntryIsFlagged() throws IOException {
    String second = ANPA.replace("a0412", "a0413").replace("Ferry Strike", "Rail Freight");
    String third = ANPA.replace("a0412", "a0414").replace("Ferry Strike", "Pier Lamps");
    Path capture = write("capture.txt", ANPA + second + third);

    Extracted extracted = Fixtures.extractOk(Fixtures.EXTRACTOR, capture, "capture.txt");

    assertThat(extracted.blocks())
        .filteredOn(b -> RawBlock.OTHER_STORY.equals(b.setAside()))
        .extracting(b -> b.text().substring(0, 5))
        .containsExactly("a0413", "a0414");
    Entry entry = ((Result.Ok<Entry>) new Normalizer().apply(extracted)).value();
    assertThat(entry.flags())
        .filteredOn(f -> f.code() == FlagCode.MORE_STORIES)
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("The file holds 3 stories"));
  }

  /** The feed's time line, month first; a line naming no known zone or no real day gives none. */
  @Test
  void theTimeLineIsTheMomentTheFeedSentIt() {
    assertThat(WireFeed.sent("AP-WF-03-12-25 1447EDT")).contains("2025-03-12T14:47:00-04:00");
    assertThat(WireFeed.sent("02-07-2025 0612EST")).contains("2025-02-07T06:12:00-05:00");
    assertThat(WireFeed.sent("02-07-25 0612XYZ")).isEmpty();
    assertThat(WireFeed.sent("13-40-25 0612EST")).isEmpty();
  }

  private Path write(String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.US_ASCII));
  }
}
