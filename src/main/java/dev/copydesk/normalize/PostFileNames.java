package dev.copydesk.normalize;

import dev.copydesk.model.Extracted;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A blog post's date in its file's name, as Jekyll names posts ({@code
 * 2025-06-11-marina-expansion.md}, in an archive's {@code _posts/} folder) and publishes them under
 * that date when the front matter gives none. Markdown files only: a Word file named by a date says
 * when it was saved. Low confidence.
 */
final class PostFileNames {

  static final String SOURCE = "text:post-file-name";

  private static final Pattern DATED =
      Pattern.compile("^(?:.*[/\\\\])?(\\d{4}-\\d{2}-\\d{2})-[^/\\\\]+\\.(?:md|markdown)$");

  private PostFileNames() {}

  static Optional<Found> date(Extracted extracted) {
    if (!PropertyMetadata.format(extracted.source().mediaType()).equals("md")) {
      return Optional.empty();
    }
    Matcher dated = DATED.matcher(extracted.source().fileName());
    return dated.matches()
        ? DateParser.parse(dated.group(1))
            .map(day -> MetadataSources.text(MetadataSources.Field.PUBLISHED, SOURCE, List.of(day)))
        : Optional.empty();
  }
}
