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
 * headline is the title. A withdrawal ({@code MANDATORY KILL}, {@code WITHDRAWN}, a headline marked
 * {@code WITHDRAWN-}) leaves the head too, and the entry carries it: the agency has told its
 * subscribers not to publish the story.
 */
final class WireHeads {

  static final String REASON = "wire-slug";

  /** Slug, priority and withdrawal lines come above the headline: among the first three blocks. */
  static final int HEAD_UNITS = 3;

  private static final Pattern SLUG =
      Pattern.compile("(?:BC|AP|AM|PM)-[\\p{L}\\p{N} ,'&./-]{2,100},\\s?\\d{3,4}");

  private static final Pattern PRIORITY = Pattern.compile("URGENT|BULLETIN|FLASH|ALERT");

  /** The agency's instruction not to use the story: a line of its own, or on the headline. */
  private static final Pattern WITHDRAWAL =
      Pattern.compile(
          "(?:MANDATORY |ADVISORY |URGENT )?(?:KILL|ELIMINATION|WITHDRAWN|WITHDRAWAL"
              + "|STORY WITHDRAWN)(?: ADVISORY)?[.!]?");

  /** The units left, what was removed, and the withdrawal when the head held one (else null). */
  record Read(Pass pass, String withdrawal) {}

  private static final Pattern VERSION =
      Pattern.compile(
          "(UPDATE \\d{1,2}|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|WRAPUP(?: \\d{1,2})?"
              + "|WITHDRAWN|KILL)"
              + " ?[-–] ?(?=\\S)");

  private WireHeads() {}

  static Read read(List<Unit> units) {
    List<Removal> removed = new ArrayList<>();
    String withdrawal = null;
    int head = 0;
    for (; head < Math.min(HEAD_UNITS, units.size()); head++) {
      String text = units.get(head).text().strip();
      boolean withdrawn = WITHDRAWAL.matcher(text).matches();
      if (!withdrawn && !SLUG.matcher(text).matches() && !PRIORITY.matcher(text).matches()) {
        break;
      }
      withdrawal = withdrawal == null && withdrawn ? text : withdrawal;
      removed.add(Removals.one(text, REASON));
    }
    List<Unit> kept = new ArrayList<>(units.subList(head, units.size()));
    if (!kept.isEmpty()) {
      String headline = kept.get(0).text().strip();
      Matcher version = VERSION.matcher(headline);
      if (version.lookingAt()) {
        String mark = version.group(1);
        withdrawal = withdrawal == null && WITHDRAWAL.matcher(mark).matches() ? mark : withdrawal;
        removed.add(Removals.one(mark, REASON));
        kept.set(0, kept.get(0).withText(headline.substring(version.end())));
      }
    }
    return new Read(new Pass(kept, removed), withdrawal);
  }
}
