package dev.copydesk.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Overwrites bytes in the middle of a file so that a crash halfway through cannot leave them torn:
 * the write is first recorded whole in a redo file beside it ({@code <file>.redo}: written and
 * forced under another name, then moved into place), then applied and forced, then the redo file is
 * deleted. A redo file found later is a write a crash interrupted: {@link #replay} applies it
 * again, which is harmless if it had already landed. Callers serialise all writers (a lock).
 */
final class RedoWrite {

  private final Path file;
  private final Path redo;
  private final Path pending;

  RedoWrite(Path file) {
    this.file = file;
    this.redo = file.resolveSibling(file.getFileName() + ".redo");
    this.pending = file.resolveSibling(file.getFileName() + ".redo.tmp");
  }

  /** Writes {@code bytes} at {@code offset}, inside the file's current length. */
  void write(long offset, byte[] bytes) throws IOException {
    try (FileChannel out =
        FileChannel.open(
            pending,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      writeFully(out, ByteBuffer.allocate(Long.BYTES).putLong(0, offset), 0);
      writeFully(out, ByteBuffer.wrap(bytes), Long.BYTES);
      out.force(true);
    }
    Files.move(pending, redo, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceFolder();
    apply(offset, bytes);
  }

  /** Applies the write a crash interrupted, if any; true if there was one. */
  boolean replay() throws IOException {
    if (!Files.exists(redo)) {
      return false;
    }
    ByteBuffer record = ByteBuffer.wrap(Files.readAllBytes(redo));
    if (record.remaining() < Long.BYTES) {
      throw new IOException(redo + " is not a redo record (someone else wrote it?)");
    }
    long offset = record.getLong();
    byte[] bytes = new byte[record.remaining()];
    record.get(bytes);
    apply(offset, bytes);
    return true;
  }

  private void apply(long offset, byte[] bytes) throws IOException {
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
      writeFully(out, ByteBuffer.wrap(bytes), offset);
      out.force(false);
    }
    Files.delete(redo);
  }

  /** The move of the redo file must be on disk before the file is touched. */
  private void forceFolder() {
    try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException e) {
      // not every platform opens folders; the move is then as durable as the OS makes it
    }
  }

  private static void writeFully(FileChannel out, ByteBuffer buffer, long position)
      throws IOException {
    while (buffer.hasRemaining()) {
      position += out.write(buffer, position);
    }
  }
}
