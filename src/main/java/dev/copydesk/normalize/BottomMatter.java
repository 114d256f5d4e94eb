package dev.copydesk.normalize;

import static dev.copydesk.normalize.MetadataSources.Field.AUTHORS;
import static dev.copydesk.normalize.MetadataSources.Field.PUBLISHED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the foot of an article: byline, date and name-and-date lines (they leave the body; a date
 * found only here is low-confidence), and an author bio that names the writer an empty byline left
 * out. The bio itself is article text and stays.
 */
final class BottomMatter {

  /** What the foot said, and the units that remain. */
  record Foot(List<Unit> rest, List<Found> found) {}

  /** How many units from the end may be footer metadata lines. */
  static final int FOOTER_SCAN = 6;

  /** A unit this long is article prose; footers come after the last one. */
  static final int PROSE_WORDS = 20;

  /** How many units from the end may be an author bio. */
  static final int BIO_SCAN = 3;

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:an?|the|one|currently) ");

  private BottomMatter() {}

  /**
   * Reads metadata lines in the footer: the last few units after the last substantial paragraph,
   * and never in the first half, where the same lines are the head's.
   */
  static Foot readFooter(List<Unit> units) {
    List<Unit> rest = new ArrayList<>(units);
    List<Found> found = new ArrayList<>();
    int lastProse = units.size() - 1;
    while (lastProse >= 0
        && !TextCleaner.hasMoreWords(units.get(lastProse).text(), PROSE_WORDS - 1)) {
      lastProse--;
    }
    int start =
        Math.max(Math.max(units.size() - FOOTER_SCAN, lastProse + 1), (units.size() + 1) / 2);
    for (int i = rest.size() - 1; i >= start; i--) {
      String line = rest.get(i).text();
      List<Found> meta = TopMatter.metadata(line);
      if (!meta.isEmpty()) {
        boolean byline = Bylines.isByline(line);
        meta.forEach(
            f -> found.add(f.field() == PUBLISHED ? footerDate(f) : byline ? f : footerAuthor(f)));
        rest.remove(i);
      }
    }
    return new Foot(rest, found);
  }

  /**
   * The author named by a bio near the end. With an empty byline the bio must state the byline's
   * role ({@code By , an editor at X.} and {@code NAME is an editor at X.}); without any byline a
   * bio in the last block that states a newsroom role is taken with low confidence.
   */
  static Optional<Found> bioAuthor(List<Unit> units, String bylineRole) {
    for (int i = units.size() - 1; i >= Math.max(0, units.size() - BIO_SCAN); i--) {
      Optional<MetadataLines.Bio> bio = MetadataLines.bio(units.get(i).text());
      if (bio.isEmpty()) {
        continue;
      }
      List<String> name = List.of(bio.get().name());
      if (bylineRole != null && sameRole(bio.get().role(), bylineRole)) {
        return Optional.of(MetadataSources.text(AUTHORS, "text:author-bio", name));
      }
      if (bylineRole == null && i == units.size() - 1 && Names.mentionsRole(bio.get().role())) {
        return Optional.of(
            MetadataSources.text(AUTHORS, "text:author-bio", name)
                .withConfidence(MetadataSources.LOW));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a bio's role continues the empty byline's: {@code the Washington correspondent at X.
   * She covers ...} states {@code Washington correspondent at X.}; the article differs as often as
   * not, so it is folded away on both sides.
   */
  static boolean sameRole(String bioRole, String bylineRole) {
    String byline = bareRole(bylineRole);
    return !byline.isEmpty() && bareRole(bioRole).startsWith(byline);
  }

  private static String bareRole(String role) {
    return LEADING_ARTICLE.matcher(TextCleaner.fold(role)).replaceFirst("");
  }

  private static Found footerDate(Found f) {
    return MetadataSources.text(PUBLISHED, "text:footer", f.values());
  }

  private static Found footerAuthor(Found f) {
    return MetadataSources.text(AUTHORS, "text:footer", f.values());
  }
}
