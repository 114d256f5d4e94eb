package dev.copydesk.extract;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Deterministic damage to real files: the same seed and case number always give the same bytes, so
 * a failing sweep case can be replayed alone.
 */
final class Mutator {

  /** A damaged file and how it was damaged (for the failure message). */
  record Mutation(String how, byte[] bytes) {}

  private enum Kind {
    BIT_FLIPS,
    TRUNCATE,
    DUPLICATE_CHUNK,
    ZIP_ENTRY,
    OVERWRITE_RUN
  }

  private final long seed;

  Mutator(long seed) {
    this.seed = seed;
  }

  Mutation mutate(byte[] original, int caseNo) {
    Random random = new Random(seed * 1_000_003L + caseNo);
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    if (kind == Kind.ZIP_ENTRY && localHeaders(original).isEmpty()) {
      kind = Kind.BIT_FLIPS;
    }
    byte[] bytes = original.clone();
    return switch (kind) {
      case BIT_FLIPS -> flips(bytes, random);
      case TRUNCATE -> {
        int at = random.nextInt(bytes.length);
        yield new Mutation("truncate at " + at, Arrays.copyOf(bytes, at));
      }
      case DUPLICATE_CHUNK -> duplicate(bytes, random);
      case ZIP_ENTRY -> zipEntry(bytes, random);
      case OVERWRITE_RUN -> {
        int at = random.nextInt(bytes.length);
        int length = Math.min(bytes.length - at, 1 + random.nextInt(256));
        Arrays.fill(bytes, at, at + length, (byte) random.nextInt(256));
        yield new Mutation("overwrite " + length + " at " + at, bytes);
      }
    };
  }

  private static Mutation flips(byte[] bytes, Random random) {
    int count = 1 + random.nextInt(16);
    for (int i = 0; i < count; i++) {
      int at = random.nextInt(bytes.length);
      bytes[at] ^= (byte) (1 << random.nextInt(8));
    }
    return new Mutation(count + " bit flips", bytes);
  }

  private static Mutation duplicate(byte[] bytes, Random random) {
    int from = random.nextInt(bytes.length);
    int length = Math.min(bytes.length - from, 1 + random.nextInt(4096));
    int to = random.nextInt(bytes.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + length);
    out.write(bytes, 0, to);
    out.write(bytes, from, length);
    out.write(bytes, to, bytes.length - to);
    return new Mutation("duplicate " + length + " from " + from + " to " + to, out.toByteArray());
  }

  /**
   * Damages one local file header's fields (method, sizes, name length) or its first data bytes.
   */
  private static Mutation zipEntry(byte[] bytes, Random random) {
    List<Integer> headers = localHeaders(bytes);
    int header = headers.get(random.nextInt(headers.size()));
    int field = header + 8 + random.nextInt(22); // method .. extra-field length
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count && field + i < bytes.length; i++) {
      bytes[field + i] = (byte) random.nextInt(256);
    }
    int data = Math.min(bytes.length - 1, header + 30 + random.nextInt(64));
    bytes[data] ^= (byte) 0xff;
    return new Mutation("zip entry at " + header + " fields+data", bytes);
  }

  private static List<Integer> localHeaders(byte[] bytes) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i + 30 < bytes.length; i++) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4) {
        found.add(i);
      }
    }
    return found;
  }
}
