package dev.copydesk.extract;

import java.text.Normalizer;

/**
 * Makes a user-given file name safe to store, show and log: the last path segment only, no control
 * or bidirectional-override characters, NFC, at most {@link #MAX_CHARS} characters with the
 * extension kept. The name is a label only; the bytes decide the type.
 */
public final class FileNames {

  static final int MAX_CHARS = 200;
  static final String UNNAMED = "unnamed";

  private FileNames() {}

  public static String sanitise(String name) {
    if (name == null) {
      return UNNAMED;
    }
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    String base = nfc.substring(Math.max(nfc.lastIndexOf('/'), nfc.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder(Math.min(base.length(), MAX_CHARS * 2));
    base.codePoints().filter(FileNames::keep).forEach(clean::appendCodePoint);
    String trimmed = clean.toString().strip();
    if (trimmed.isEmpty() || trimmed.equals(".") || trimmed.equals("..")) {
      return UNNAMED;
    }
    return shorten(trimmed);
  }

  private static boolean keep(int codePoint) {
    int type = Character.getType(codePoint);
    return type != Character.CONTROL
        && type != Character.FORMAT // zero-width and bidi overrides (U+202E) that disguise names
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE
        && type != Character.SURROGATE;
  }

  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_CHARS) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    int keep = MAX_CHARS - extension.length();
    return name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
  }
}
