package dev.copydesk.extract;

import java.util.regex.Pattern;

/**
 * Archive entry names that must never become paths: parent-directory segments ("zip slip"),
 * absolute or drive-letter paths, and control characters. Bulk imports use this before writing an
 * entry anywhere; the pre-scan reports such names.
 */
public final class EntryNames {

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  private EntryNames() {}

  public static boolean unsafe(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\")) {
      return true;
    }
    if (DRIVE.matcher(name).matches()) {
      return true;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    for (String segment : name.split("[/\\\\]")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
