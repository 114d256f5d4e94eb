package dev.copydesk.jobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Cuts a capture of an agency's feed holding several stories ({@link FeedCaptures}) into one file
 * per story as a job takes it in, named {@code NAME (message 2 of 5).EXT}, so that each story gets
 * its own row and entry. Only a file whose first byte may open a capture is looked at, and only up
 * to {@value #MAX_SPLIT_BYTES} bytes; a larger capture, or one whose stories would take the
 * submission past its entry limit, is taken whole (its first story is read, the others set aside,
 * as an upload's are).
 */
final class FeedCaptureIntake {

  static final int MAX_SPLIT_BYTES = 8 * 1024 * 1024;

  /** A file to store: its name in the job and its content. */
  record Piece(String displayName, InputStream content) {}

  private FeedCaptureIntake() {}

  /** Whether the file at {@code path} may be a capture (by its first byte). */
  static boolean opensLikeCapture(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      int first = in.read();
      return first >= 0 && FeedCaptures.mayBeCapture((byte) first);
    }
  }

  /**
   * The files {@code in} is taken in as: its messages if {@code roomFor} grants that many more
   * files than one, or itself whole.
   */
  static List<Piece> pieces(String displayName, InputStream in, LongPredicate roomFor)
      throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, 1);
    int first = peek.read();
    if (first >= 0) {
      peek.unread(first);
    }
    if (first < 0 || !FeedCaptures.mayBeCapture((byte) first)) {
      return List.of(new Piece(displayName, peek));
    }
    byte[] head = peek.readNBytes(MAX_SPLIT_BYTES + 1);
    List<byte[]> messages = head.length > MAX_SPLIT_BYTES ? List.of() : FeedCaptures.messages(head);
    if (messages.size() < 2 || !roomFor.test(messages.size() - 1)) {
      return List.of(
          new Piece(displayName, new SequenceInputStream(new ByteArrayInputStream(head), peek)));
    }
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      pieces.add(
          new Piece(
              EntryName.message(displayName, i + 1, messages.size()),
              new ByteArrayInputStream(messages.get(i))));
    }
    return pieces;
  }
}
