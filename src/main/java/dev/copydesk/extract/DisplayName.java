package dev.copydesk.extract;

/**
 * Makes a user-supplied file name safe to show and store: the last path segment only, no control
 * or invisible formatting characters (a right-to-left override can disguise {@code gpj.exe} as
 * {@code exe.jpg}), at most {@value #MAX_CODE_POINTS} code points.
 */
final class DisplayName {

  static final int MAX_CODE_POINTS = 255;
  static final String UNNAMED = "unnamed";

  private DisplayName() {}

  static String of(String given) {
    if (given == null) {
      return UNNAMED;
    }
    String base = lastSegment(given);
    StringBuilder clean = new StringBuilder();
    base.codePoints()
        .filter(cp -> !isHidden(cp))
        .limit(MAX_CODE_POINTS)
        .forEach(clean::appendCodePoint);
    String name = clean.toString().strip();
    return name.isEmpty() || name.equals(".") || name.equals("..") ? UNNAMED : name;
  }

  private static String lastSegment(String given) {
    String trimmed = given.strip();
    while (trimmed.endsWith("/") || trimmed.endsWith("\\")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
    return trimmed.substring(cut + 1);
  }

  private static boolean isHidden(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
