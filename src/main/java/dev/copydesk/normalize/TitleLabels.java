package dev.copydesk.normalize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels in front of a headline that are not part of it: a mail system's warning that the sender is
 * outside the organisation ({@code [EXTERNAL]}, {@code CAUTION:}), a press office's own heading
 * ({@code PRESS RELEASE:}, {@code FOR IMMEDIATE RELEASE -}) and a copy template's field names
 * ({@code HED:}, {@code Headline:}, {@code Title:}; {@code DEK:}, {@code Standfirst:} before a
 * standfirst; {@code SLUG:} on a line of its own). An embargo notice in front of a title is {@link
 * Embargoes}' to read.
 */
final class TitleLabels {

  private static final Pattern LABELS =
      Pattern.compile(
          "^(?:\\s*(?:\\[(?:external|ext|extern)]|(?-i:EXTERNAL)\\s*:"
              + "|(?:press|news|media) release\\s*[:|–—-]|for immediate release\\s*[:|–—-]"
              + "|(?:hed|head|headline|title|dek|deck|standfirst|subhead|sub-head|subheadline)"
              + "\\s*:))+\\s*",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern SLUG =
      Pattern.compile("^slug(?:line)?\\s*:\\s*(\\S.{0,79})$", Pattern.CASE_INSENSITIVE);

  private TitleLabels() {}

  /** The slug a copy template's {@code SLUG: library-budget} line gives, else empty. */
  static Optional<String> slug(String line) {
    Matcher m = SLUG.matcher(line.strip());
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  /** The title without the labels in front of it; unchanged when nothing would be left. */
  static String strip(String title) {
    var labels = LABELS.matcher(title);
    if (!labels.lookingAt() || labels.end() == title.length()) {
      return title;
    }
    return title.substring(labels.end());
  }
}
