package dev.copydesk.dedupe;

import java.nio.ByteBuffer;

/**
 * A fingerprint's paragraphs packed for SQLite: 8 bytes each, a 47-bit hash in 6 bytes and the
 * block index in 2 (bodies past 65,535 blocks keep only their first 65,536 paragraphs indexed).
 */
final class PassageBlob {

  static final int MAX_BLOCK = 0xFFFF;
  private static final int WIDTH = 8;

  private PassageBlob() {}

  static byte[] encode(long[] hashes, int[] blocks) {
    ByteBuffer out = ByteBuffer.allocate(hashes.length * WIDTH);
    for (int i = 0; i < hashes.length; i++) {
      if (blocks[i] <= MAX_BLOCK) {
        out.putShort((short) (hashes[i] >>> 32))
            .putInt((int) hashes[i])
            .putShort((short) blocks[i]);
      }
    }
    byte[] bytes = new byte[out.position()];
    out.flip().get(bytes);
    return bytes;
  }

  static long[] hashes(byte[] blob) {
    ByteBuffer in = ByteBuffer.wrap(blob);
    long[] hashes = new long[blob.length / WIDTH];
    for (int i = 0; i < hashes.length; i++) {
      long high = in.getShort() & 0xFFFFL;
      long low = in.getInt() & 0xFFFF_FFFFL;
      in.getShort();
      hashes[i] = (high << 32) | low;
    }
    return hashes;
  }

  static int[] blocks(byte[] blob) {
    int[] blocks = new int[blob.length / WIDTH];
    for (int i = 0; i < blocks.length; i++) {
      blocks[i] = ((blob[i * WIDTH + 6] & 0xFF) << 8) | (blob[i * WIDTH + 7] & 0xFF);
    }
    return blocks;
  }

  /** The 31-bit key a paragraph is posted under; the full hash in the blob settles collisions. */
  static int postingKey(long hash) {
    return (int) (hash >>> 16);
  }
}
