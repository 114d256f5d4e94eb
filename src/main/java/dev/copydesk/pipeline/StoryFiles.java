package dev.copydesk.pipeline;

import dev.copydesk.extract.Stories;
import java.io.IOException;
import java.util.List;

/**
 * A file holding several stories as one file per story, for a bulk import's intake: a feed
 * capture's messages, or a NewsML-G2 message's items ({@link Stories}). {@code part} names what
 * each piece is ({@code message}, {@code story}); {@code files} is empty when the file is to be
 * taken whole.
 */
public record StoryFiles(String part, List<byte[]> files) {

  /** How much of a file's opening {@link #mayHoldSeveral} needs. */
  public static final int OPENING_BYTES = Stories.OPENING_BYTES;

  /** Whether a file opening with these bytes may hold several stories. */
  public static boolean mayHoldSeveral(byte[] opening) {
    return Stories.mayHoldSeveral(opening);
  }

  /** The file's stories, each a file of its own; none when it holds fewer than two. */
  public static StoryFiles of(byte[] file) throws IOException {
    List<byte[]> messages = Stories.feedMessages(file);
    return messages.isEmpty()
        ? new StoryFiles("story", Stories.newsItems(file))
        : new StoryFiles("message", messages);
  }
}
