package dev.copydesk.extract;

import dev.copydesk.config.Limits;
import dev.copydesk.config.Parse;

/**
 * One forked Tika pool for every test class in the JVM: children cost seconds to start, so they are
 * started once; they stop with the test JVM (their stdin closes, their watchdog sees the parent
 * gone).
 */
final class TikaPool {

  static final Limits LIMITS = Limits.defaults();

  private static ForkedExtractor pool;

  private TikaPool() {}

  static synchronized ForkedExtractor get() {
    if (pool == null) {
      pool =
          new ForkedExtractor(
              LIMITS, new Parse(Parse.FORKED, 2, 512), TikaExtractor.class.getName());
      if (!pool.awaitReady(120_000)) {
        throw new AssertionError("forked Tika children did not start within 120 s");
      }
    }
    return pool;
  }
}
