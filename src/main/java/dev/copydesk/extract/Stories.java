package dev.copydesk.extract;

import java.io.IOException;
import java.util.List;

/**
 * Files that hold several stories, cut into one file per story for a bulk import to take in one by
 * one: a capture of an agency's feed ({@link FeedCaptures}) and a NewsML-G2 message of several
 * items ({@link NewsMessages}). Read whole (the upload button), such a file gives its first story
 * and sets the others aside.
 */
public final class Stories {

  /** How much of a file's opening tells whether it may hold several stories. */
  public static final int OPENING_BYTES = 4096;

  private Stories() {}

  /** Whether a file opening with these bytes may hold several stories. */
  public static boolean mayHoldSeveral(byte[] opening) {
    return opening.length > 0
        && (FeedCaptures.mayBeCapture(opening[0]) || NewsMessages.mayBeMessage(opening));
  }

  /** A feed capture's messages; empty unless it holds two or more. */
  public static List<byte[]> feedMessages(byte[] file) {
    List<byte[]> messages =
        file.length > 0 && FeedCaptures.mayBeCapture(file[0])
            ? FeedCaptures.messages(file)
            : List.of();
    return messages.size() < 2 ? List.of() : messages;
  }

  /** A NewsML-G2 message's stories as item documents; empty unless it holds two or more. */
  public static List<byte[]> newsItems(byte[] file) throws IOException {
    return NewsMessages.mayBeMessage(file) ? NewsMessages.stories(file) : List.of();
  }
}
