package dev.copydesk.jobs;

import dev.copydesk.pipeline.StoryFiles;
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
 * Cuts a file holding several stories ({@link StoryFiles}: a feed capture, a NewsML-G2 message of
 * several items) into one file per story as a job takes it in, named {@code NAME (message 2 of
 * 5).EXT} or {@code NAME (story 2 of 3).EXT}, so that each story gets its own row and entry. Only a
 * file whose opening may hold several is looked at, and only up to {@value #MAX_SPLIT_BYTES} bytes;
 * a larger one, or one whose stories would take the submission past its entry limit, is taken whole
 * (its first story is read, the others set aside, as an upload's are).
 */
final class StoryIntake {

  static final int MAX_SPLIT_BYTES = 8 * 1024 * 1024;

  /** A file to store: its name in the job and its content. */
  record Piece(String displayName, InputStream content) {}

  private StoryIntake() {}

  /** Whether the file at {@code path} may hold several stories (by its opening). */
  static boolean mayHoldSeveral(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return StoryFiles.mayHoldSeveral(in.readNBytes(StoryFiles.OPENING_BYTES));
    }
  }

  /**
   * The files {@code in} is taken in as: its stories if {@code roomFor} grants that many more files
   * than one, or itself whole.
   */
  static List<Piece> pieces(String displayName, InputStream in, LongPredicate roomFor)
      throws IOException {
    PushbackInputStream peek = new PushbackInputStream(in, StoryFiles.OPENING_BYTES);
    byte[] opening = peek.readNBytes(StoryFiles.OPENING_BYTES);
    peek.unread(opening);
    if (!StoryFiles.mayHoldSeveral(opening)) {
      return List.of(new Piece(displayName, peek));
    }
    byte[] head = peek.readNBytes(MAX_SPLIT_BYTES + 1);
    StoryFiles stories =
        head.length > MAX_SPLIT_BYTES ? new StoryFiles("", List.of()) : StoryFiles.of(head);
    List<byte[]> files = stories.files();
    if (files.size() < 2 || !roomFor.test(files.size() - 1)) {
      return List.of(
          new Piece(displayName, new SequenceInputStream(new ByteArrayInputStream(head), peek)));
    }
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      pieces.add(
          new Piece(
              EntryName.part(displayName, stories.part(), i + 1, files.size()),
              new ByteArrayInputStream(files.get(i))));
    }
    return pieces;
  }
}
