package dev.copydesk.extract;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A feed capture cut into its messages at the control characters that frame them. */
class FeedCapturesTest {

  private static final String ANPA_ONE =
      "\u0016\u0016\u0001a1 hdr\r\n\u0002First story.\r\n\u0003\u0004";
  private static final String ANPA_TWO =
      "\u0016\u0016\u0001a2 hdr\r\n\u0002Second story.\r\n\u0003\u0004";
  private static final String IPTC_THREE = "\u0001a3 hdr\r\n\u0002Third story.\r\n\u0003\u0004";

  private static List<String> messages(String capture) {
    return FeedCaptures.messages(capture.getBytes(US_ASCII)).stream()
        .map(bytes -> new String(bytes, US_ASCII))
        .toList();
  }

  @Test
  void eachMessageRunsFromItsSyncsOrStartOfHeadingToTheNextOnes() {
    assertThat(messages(ANPA_ONE + "\r\n" + ANPA_TWO + IPTC_THREE))
        .containsExactly(ANPA_ONE + "\r\n", ANPA_TWO, IPTC_THREE);
  }

  @Test
  void aCaptureOfOneMessageOrOfNoneStaysWhole() {
    assertThat(messages(ANPA_ONE)).containsExactly(ANPA_ONE);
    assertThat(messages("plain text, no envelope")).containsExactly("plain text, no envelope");
  }

  @Test
  void aStartOfHeadingInsideAMessagesTextOpensNoNewMessage() {
    String noisy = "\u0001a1 hdr\u0002Line noise \u0001 in the text.\r\n\u0003\u0004";
    assertThat(messages(noisy + ANPA_TWO)).containsExactly(noisy, ANPA_TWO);
  }

  @Test
  void whatPrecedesTheFirstMessageGoesWithIt() {
    assertThat(messages("\r\n" + ANPA_ONE + ANPA_TWO)).containsExactly("\r\n" + ANPA_ONE, ANPA_TWO);
  }

  @Test
  void onlyFilesOpeningWithASyncOrStartOfHeadingMayBeCaptures() {
    assertThat(FeedCaptures.mayBeCapture((byte) 0x16)).isTrue();
    assertThat(FeedCaptures.mayBeCapture((byte) 0x01)).isTrue();
    assertThat(FeedCaptures.mayBeCapture((byte) '<')).isFalse();
  }
}
