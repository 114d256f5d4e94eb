package dev.copydesk.normalize;

import java.util.regex.Pattern;

/**
 * Labels in front of a headline that are not part of it: a mail system's warning that the sender is
 * outside the organisation ({@code [EXTERNAL]}, {@code CAUTION:}) and a press office's own heading
 * ({@code PRESS RELEASE:}, {@code FOR IMMEDIATE RELEASE -}). An embargo notice in front of a title
 * is {@link Embargoes}' to read.
 */
final class TitleLabels {

  private static final Pattern LABELS =
      Pattern.compile(
          "^(?:\\s*(?:\\[(?:external|ext|extern)]|(?-i:EXTERNAL)\\s*:"
              + "|(?:press|news|media) release\\s*[:|–—-]|for immediate release\\s*[:|–—-]))+\\s*",
          Pattern.CASE_INSENSITIVE);

  private TitleLabels() {}

  /** The title without the labels in front of it; unchanged when nothing would be left. */
  static String strip(String title) {
    var labels = LABELS.matcher(title);
    if (!labels.lookingAt() || labels.end() == title.length()) {
      return title;
    }
    return title.substring(labels.end());
  }
}
