package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which files a file of several stories (a feed capture, a NewsML-G2 message) is taken in as; the
 * bytes of what is not cut are kept whole.
 */
class StoryIntakeTest {

  private static final byte[] TWO_STORIES =
      "\u0001a1\u0002One.\u0003\u0001a2\u0002Two.\u0003".getBytes(StandardCharsets.US_ASCII);

  private static List<StoryIntake.Piece> pieces(byte[] content, boolean room) throws IOException {
    return pieces("day.anpa", content, room);
  }

  private static List<StoryIntake.Piece> pieces(String name, byte[] content, boolean room)
      throws IOException {
    List<Long> asked = new ArrayList<>();
    List<StoryIntake.Piece> pieces =
        StoryIntake.pieces(
            name,
            new ByteArrayInputStream(content),
            more -> {
              asked.add(more);
              return room;
            });
    assertThat(asked).allSatisfy(more -> assertThat(more).isEqualTo(1L));
    return pieces;
  }

  @Test
  void aCaptureOfTwoStoriesIsTwoFilesWhenThereIsRoomForOneMore() throws IOException {
    assertThat(pieces(TWO_STORIES, true))
        .extracting(StoryIntake.Piece::displayName)
        .containsExactly("day (message 1 of 2).anpa", "day (message 2 of 2).anpa");
  }

  @Test
  void withoutRoomTheCaptureIsOneFileByteForByte() throws IOException {
    List<StoryIntake.Piece> pieces = pieces(TWO_STORIES, false);

    assertThat(pieces).extracting(StoryIntake.Piece::displayName).containsExactly("day.anpa");
    assertThat(pieces.get(0).content().readAllBytes()).isEqualTo(TWO_STORIES);
  }

  @Test
  void aCaptureLargerThanTheSplitLimitIsOneFileByteForByte() throws IOException {
    byte[] large = Arrays.copyOf(TWO_STORIES, StoryIntake.MAX_SPLIT_BYTES + 10);
    Arrays.fill(large, TWO_STORIES.length, large.length, (byte) 'x');

    List<StoryIntake.Piece> pieces = pieces(large, true);

    assertThat(pieces).hasSize(1);
    assertThat(pieces.get(0).content().readAllBytes()).isEqualTo(large);
  }

  @Test
  void otherFilesAndEmptyOnesPassThroughUnread() throws IOException {
    byte[] text = "Plain \u0001 text.".getBytes(StandardCharsets.US_ASCII);
    for (byte[] content : List.of(text, new byte[0])) {
      List<StoryIntake.Piece> pieces = pieces(content, true);

      assertThat(pieces).hasSize(1);
      assertThat(pieces.get(0).content().readAllBytes()).isEqualTo(content);
    }
  }

  @Test
  void aNewsMlMessageOfTwoStoriesIsTwoItemFiles() throws IOException {
    String item =
        "<newsItem guid=\"urn:x:%s\"><contentMeta><headline>%s</headline></contentMeta>"
            + "<contentSet><inlineData>%s text.</inlineData></contentSet></newsItem>";
    String message =
        "<?xml version=\"1.0\"?><newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"
            + "<itemSet>"
            + item.formatted("1", "Ferry back", "Ferry")
            + item.formatted("2", "Pier lamps", "Pier")
            + "</itemSet></newsMessage>";

    List<StoryIntake.Piece> pieces =
        pieces("wire.xml", message.getBytes(StandardCharsets.UTF_8), true);

    assertThat(pieces)
        .extracting(StoryIntake.Piece::displayName)
        .containsExactly("wire (story 1 of 2).xml", "wire (story 2 of 2).xml");
    assertThat(new String(pieces.get(1).content().readAllBytes(), StandardCharsets.UTF_8))
        .contains("Pier lamps")
        .doesNotContain("Ferry back");
  }
}
