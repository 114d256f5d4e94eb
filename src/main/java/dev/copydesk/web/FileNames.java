package dev.copydesk.web;

/**
 * Client-supplied file names made safe to show and store: no directories (browsers may send a full
 * {@code C:\...} path), no control characters, at most 255 characters.
 */
final class FileNames {

  private static final int MAX_CHARS = 255;

  private FileNames() {}

  static String clean(String raw) {
    String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints().filter(c -> !Character.isISOControl(c)).forEach(out::appendCodePoint);
    String cleaned = out.toString().strip();
    if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
      return "upload";
    }
    return cleaned.length() <= MAX_CHARS ? cleaned : cleaned.substring(0, MAX_CHARS);
  }
}
