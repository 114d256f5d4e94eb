package dev.copydesk.web;

import java.util.Locale;

/** Byte counts as people read them in error details ("10 MiB"). */
final class Sizes {

  private static final long KIB = 1024;
  private static final long MIB = KIB * KIB;

  private Sizes() {}

  static String human(long bytes) {
    if (bytes >= MIB && bytes % MIB == 0) {
      return bytes / MIB + " MiB";
    }
    if (bytes >= MIB) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
    }
    if (bytes >= KIB && bytes % KIB == 0) {
      return bytes / KIB + " KiB";
    }
    return bytes + " bytes";
  }
}
