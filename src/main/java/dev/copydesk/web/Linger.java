package dev.copydesk.web;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;

/**
 * A bounded lingering close. When a request is refused while its body is still arriving, closing
 * the socket at once with unread bytes makes the kernel send a reset, and the client can lose the
 * reply it has not read yet. So, after the reply is flushed, the connection stays open a short
 * while, discarding at most a small budget of body bytes, then closes: the client gets its problem,
 * and the server never reads the oversized body.
 */
final class Linger {

  static final Duration TIME = Duration.ofMillis(100);
  static final int BUDGET_BYTES = 4 * 1024 * 1024;
  private static final long POLL_MS = 5;

  private Linger() {}

  static void discardBriefly(HttpServletRequest request) {
    long deadline = System.nanoTime() + TIME.toNanos();
    byte[] sink = new byte[64 * 1024];
    long budget = BUDGET_BYTES;
    try {
      ServletInputStream in = request.getInputStream();
      while (System.nanoTime() < deadline && !in.isFinished()) {
        int available = in.available();
        if (available > 0 && budget > 0) {
          int n = in.read(sink, 0, (int) Math.min(Math.min(available, sink.length), budget));
          if (n < 0) {
            return;
          }
          budget -= n;
        } else {
          Thread.sleep(POLL_MS);
        }
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the body is unavailable (e.g. a reader was taken): nothing to wait
      // for.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
