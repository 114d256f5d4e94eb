package dev.copydesk.extract;

import java.util.Locale;

/** Byte counts and character counts as people read them in error details. */
final class Sizes {

  private Sizes() {}

  static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
