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
 * subscribers not to publish the story. Under the headline, an advisory to the subscribers' editors
 * ({@code (Corrects paragraph 3 to show…)}, {@code (Adds comment from union)}, AP's {@code Eds:
 * UPDATES with…}) leaves the body as {@value #ADVISORY_REASON}; a correction among them, or a
 * {@code CORRECTED-} headline, is the entry's correction ({@link Corrections}).
 */
final class WireHeads {

  static final String REASON = "wire-slug";

  static final String ADVISORY_REASON = "wire-advisory";

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

  /**
   * The units left, what was removed, and the withdrawal and the correction when the head held one
   * (else null).
   */
  record Read(Pass pass, String withdrawal, String correction) {}

  /** An advisory is one of the first few blocks once the slug lines are gone. */
  static final int ADVISORY_UNITS = 3;

  private static final Pattern ADVISORY =
      Pattern.compile(
          "\\((?:Corrects|Clarifies|Adds|Updates|Recasts|Refiles|Repeats|Changes|Fixes|Removes"
              + "|Inserts|Restores|Amends|Rewrites|Deletes|Replaces|Moves|Writes through)\\b"
              + "[^\\n]{0,300}\\)"
              + "|Eds?: [^\\n]{1,300}");

  private static final Pattern CORRECTS =
      Pattern.compile("(?i)\\(?(?:Eds?: )?(?:corrects|clarifies)\\b.*|CORRECTED|CORRECTION");

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
    String correction = null;
    if (!kept.isEmpty()) {
      String headline = kept.get(0).text().strip();
      Matcher version = VERSION.matcher(headline);
      if (version.lookingAt()) {
        String mark = version.group(1);
        withdrawal = withdrawal == null && WITHDRAWAL.matcher(mark).matches() ? mark : withdrawal;
        correction = CORRECTS.matcher(mark).matches() ? mark : null;
        removed.add(Removals.one(mark, REASON));
        kept.set(0, kept.get(0).withText(headline.substring(version.end())));
      }
    }
    List<Unit> body = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      String text = kept.get(i).text().strip();
      if (i < ADVISORY_UNITS && ADVISORY.matcher(text).matches()) {
        removed.add(Removals.one(text, ADVISORY_REASON));
        correction = correction == null && CORRECTS.matcher(text).matches() ? text : correction;
      } else {
        body.add(kept.get(i));
      }
    }
    return new Read(new Pass(body, removed), withdrawal, correction);
  }
}
