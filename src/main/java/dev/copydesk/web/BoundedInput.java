package dev.copydesk.web;

import dev.copydesk.model.ErrorCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts request-body bytes as they arrive and stops reading the moment the request is larger than
 * allowed, so an oversized body is never read to its end.
 */
final class BoundedInput extends FilterInputStream {

  private final long limit;
  private final String what;
  private long count;

  BoundedInput(InputStream in, long limit, String what) {
    super(in);
    this.limit = limit;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      add(n);
    }
    return n;
  }

  long count() {
    return count;
  }

  private void add(int n) throws UploadRejected {
    count += n;
    if (count > limit) {
      throw new UploadRejected(
          ErrorCode.TOO_LARGE, what + " is larger than the limit of " + Sizes.human(limit));
    }
  }
}
