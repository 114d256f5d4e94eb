package dev.copydesk.jobs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/** Charges every byte read from an inflating stream to the submission's {@link IntakeBudget}. */
final class MeteredInputStream extends FilterInputStream {

  private final IntakeBudget budget;
  private final LongSupplier compressed;
  private long read;

  MeteredInputStream(InputStream in, IntakeBudget budget, LongSupplier compressed) {
    super(in);
    this.budget = budget;
    this.compressed = compressed;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      charge(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      charge(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes are inflated all the same; read them so they are counted.
    byte[] sink = new byte[8192];
    long skipped = 0;
    while (skipped < n) {
      int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  private void charge(long n) throws IntakeException {
    read += n;
    budget.inflated(n, read, compressed.getAsLong());
  }
}
