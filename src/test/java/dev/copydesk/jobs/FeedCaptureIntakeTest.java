package dev.copydesk.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which files a feed capture is taken in as; the bytes of what is not cut are kept whole. */
class FeedCaptureIntakeTest {

  private static final byte[] TWO_STORIES =
      "\u0001a1\u0002One.\u0003\u0001a2\u0002Two.\u0003".getBytes(StandardCharsets.US_ASCII);

  private static List<FeedCaptureIntake.Piece> pieces(byte[] content, boolean room)
      throws IOException {
    List<Long> asked = new ArrayList<>();
    List<FeedCaptureIntake.Piece> pieces =
        FeedCaptureIntake.pieces(
            "day.anpa",
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
        .extracting(FeedCaptureIntake.Piece::displayName)
        .containsExactly("day (message 1 of 2).anpa", "day (message 2 of 2).anpa");
  }

  @Test
  void withoutRoomTheCaptureIsOneFileByteForByte() throws IOException {
    List<FeedCaptureIntake.Piece> pieces = pieces(TWO_STORIES, false);

    assertThat(pieces).extracting(FeedCaptureIntake.Piece::displayName).containsExactly("day.anpa");
    assertThat(pieces.get(0).content().readAllBytes()).isEqualTo(TWO_STORIES);
  }

  @Test
  void aCaptureLargerThanTheSplitLimitIsOneFileByteForByte() throws IOException {
    byte[] large = Arrays.copyOf(TWO_STORIES, FeedCaptureIntake.MAX_SPLIT_BYTES + 10);
    Arrays.fill(large, TWO_STORIES.length, large.length, (byte) 'x');

    List<FeedCaptureIntake.Piece> pieces = pieces(large, true);

    assertThat(pieces).hasSize(1);
    assertThat(pieces.get(0).content().readAllBytes()).isEqualTo(large);
  }

  @Test
  void otherFilesAndEmptyOnesPassThroughUnread() throws IOException {
    byte[] text = "Plain \u0001 text.".getBytes(StandardCharsets.US_ASCII);
    for (byte[] content : List.of(text, new byte[0])) {
      List<FeedCaptureIntake.Piece> pieces = pieces(content, true);

      assertThat(pieces).hasSize(1);
      assertThat(pieces.get(0).content().readAllBytes()).isEqualTo(content);
    }
  }
}
