package dev.copydesk.normalize;

import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an agency puts above a story for its subscribers' systems, not for readers: a slug line
 * ({@code BC-US--Rail Unions-Deal,0512}), a priority word alone on a line ({@code URGENT}, {@code
 * BULLETIN}), and a version mark glued to the headline ({@code UPDATE 2-Rail unions reach deal},
 * {@code REFILE-}, {@code CORRECTED-}). They leave the head, recorded as {@value #REASON}, so the
 * headline is the title.
 */
final class WireHeads {

  static final String REASON = "wire-slug";

  /** Slug and priority lines come first: among the first two blocks. */
  static final int HEAD_UNITS = 2;

  private static final Pattern SLUG =
      Pattern.compile("(?:BC|AP|AM|PM)-[\\p{L}\\p{N} ,'&./-]{2,100},\\s?\\d{3,4}");

  private static final Pattern PRIORITY = Pattern.compile("URGENT|BULLETIN|FLASH|ALERT");

  private static final Pattern VERSION =
      Pattern.compile(
          "(UPDATE \\d{1,2}|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|WRAPUP(?: \\d{1,2})?)"
              + " ?[-–] ?(?=\\S)");

  private WireHeads() {}

  static Pass read(List<Unit> units) {
    List<Unit> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    boolean headline = true;
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      String text = unit.text().strip();
      if (i < HEAD_UNITS && (SLUG.matcher(text).matches() || PRIORITY.matcher(text).matches())) {
        removed.add(Removals.one(text, REASON));
        continue;
      }
      Matcher version = VERSION.matcher(text);
      if (headline && version.lookingAt()) {
        removed.add(Removals.one(version.group(1), REASON));
        unit = unit.withText(text.substring(version.end()));
      }
      headline = false;
      kept.add(unit);
    }
    return new Pass(kept, removed);
  }
}
