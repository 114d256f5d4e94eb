package dev.copydesk.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * One archive entry's inflated bytes, charged to the budget as they are read. Each read asks the
 * budget how much it may inflate, so a bomb is stopped within one byte of the limit. Closing does
 * not close the archive underneath: the scanner moves on to the next entry.
 */
final class MeteredStream extends FilterInputStream {

  private final ArchiveBudget budget;
  private final LongSupplier compressedSoFar;
  private long read;

  MeteredStream(InputStream entry, ArchiveBudget budget, LongSupplier compressedSoFar) {
    super(entry);
    this.budget = budget;
    this.compressedSoFar = compressedSoFar;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, budget.allowance(len));
    if (n > 0) {
      read += n;
      budget.inflated(n, read, compressedSoFar.getAsLong());
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] sink = new byte[(int) Math.min(n, 8192)];
    int got = read(sink, 0, sink.length);
    return Math.max(0, got);
  }

  @Override
  public void close() {
    // the archive stream is closed by its owner
  }
}
