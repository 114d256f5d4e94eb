package dev.copydesk.web;

/**
 * The configured base path, normalised: {@code "/copydesk"} (no trailing slash) or {@code ""} for
 * the context root. Gives the servlet mapping patterns under it.
 */
record BasePath(String value) {

  static BasePath of(String configured) {
    String path = configured == null ? "" : configured.strip();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (!path.isEmpty() && (!path.startsWith("/") || path.contains("*") || path.contains("?"))) {
      throw new IllegalArgumentException(
          "server.basePath must be empty or start with '/' and have no '*' or '?': " + configured);
    }
    return new BasePath(path);
  }

  /** An exact pattern for {@code suffix} (which starts with '/'). */
  String pattern(String suffix) {
    return value + suffix;
  }

  /** The pattern of the upload page itself: {base}/, or the context root for an empty base. */
  String pagePattern() {
    return value.isEmpty() ? "" : value + "/";
  }

  String everything() {
    return value + "/*";
  }
}
