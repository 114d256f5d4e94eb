package dev.copydesk.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a capture of an agency's feed (ANPA 1312, IPTC 7901: see {@link WireFeed}, which reads one)
 * into its messages, one story each, so that a bulk import makes an entry of every story a capture
 * holds rather than of its first. A message opens with {@code SOH} (ANPA puts {@code SYN SYN}
 * before it) and its text closes with {@code ETX}; an {@code SOH} after that {@code ETX} opens the
 * next. Bytes, not text: the control characters are the same in every encoding these feeds use.
 */
final class FeedCaptures {

  private static final byte SYN = 0x16;
  private static final byte SOH = 0x01;
  private static final byte ETX = 0x03;

  private FeedCaptures() {}

  /** Whether a file opening with {@code first} may be a capture: it starts with SYN or SOH. */
  static boolean mayBeCapture(byte first) {
    return first == SYN || first == SOH;
  }

  /**
   * The messages of {@code capture} in order, each from its {@code SYN}/{@code SOH} to the next
   * one's; what comes before the first message goes with it. A file of one message (or of none) is
   * returned whole as the only element.
   */
  static List<byte[]> messages(byte[] capture) {
    List<Integer> starts = new ArrayList<>();
    int soh = indexOf(capture, SOH, 0);
    while (soh >= 0) {
      starts.add(starts.isEmpty() ? 0 : withSyncs(capture, soh));
      int etx = indexOf(capture, ETX, soh);
      soh = etx < 0 ? -1 : indexOf(capture, SOH, etx);
    }
    if (starts.size() < 2) {
      return List.of(capture);
    }
    List<byte[]> messages = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : capture.length;
      messages.add(Arrays.copyOfRange(capture, starts.get(i), end));
    }
    return messages;
  }

  /** Where the message whose {@code SOH} is at {@code soh} begins: at the SYNs before it. */
  private static int withSyncs(byte[] bytes, int soh) {
    int start = soh;
    while (start > 0 && bytes[start - 1] == SYN) {
      start--;
    }
    return start;
  }

  private static int indexOf(byte[] bytes, byte wanted, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }
}
