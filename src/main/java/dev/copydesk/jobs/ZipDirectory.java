package dev.copydesk.jobs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the entry count from a zip's end record without parsing the central directory, so a zip
 * announcing millions of entries is refused before a single entry object is built.
 */
final class ZipDirectory {

  private static final int END_SIGNATURE = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int ZIP64_END_SIGNATURE = 0x06064b50;
  private static final int END_SIZE = 22;
  private static final int MAX_COMMENT = 0xffff;

  private ZipDirectory() {}

  /** The number of entries the zip announces, or -1 when it has no end record (not a zip). */
  static long entryCount(Path zip) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(zip)) {
      long size = channel.size();
      int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
      ByteBuffer tail = read(channel, size - tailLength, tailLength);
      for (int at = tailLength - END_SIZE; at >= 0; at--) {
        if (tail.getInt(at) == END_SIGNATURE) {
          int count = tail.getShort(at + 10) & 0xffff;
          return count == 0xffff ? zip64Count(channel, tail, at) : count;
        }
      }
      return -1;
    }
  }

  private static long zip64Count(SeekableByteChannel channel, ByteBuffer tail, int endAt)
      throws IOException {
    int locatorAt = endAt - 20;
    if (locatorAt < 0 || tail.getInt(locatorAt) != ZIP64_LOCATOR_SIGNATURE) {
      return 0xffff;
    }
    long recordAt = tail.getLong(locatorAt + 8);
    if (recordAt < 0 || recordAt + 56 > channel.size()) {
      return -1;
    }
    ByteBuffer record = read(channel, recordAt, 56);
    return record.getInt(0) == ZIP64_END_SIGNATURE ? record.getLong(32) : -1;
  }

  private static ByteBuffer read(SeekableByteChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    channel.position(position);
    while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
      // keep reading until full or end of file
    }
    return buffer;
  }
}
