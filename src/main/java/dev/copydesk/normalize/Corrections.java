package dev.copydesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A correction the copy carries: a notice for readers at the top or foot of the body ({@code
 * Correction: An earlier version of this article misstated…}, {@code Clarification:}, {@code This
 * story has been corrected…}), which stays in the body, as a correction is published with the story
 * it corrects; or an agency's correction advisory above the text ({@code (Corrects paragraph 3 to
 * show…)}, which {@link WireHeads} takes out). Either way the entry says so, so that an archive's
 * corrected stories can be found and their notices are not edited away.
 */
final class Corrections {

  /** How many body blocks from the top and from the foot a notice is looked for in. */
  static final int TOP_UNITS = 2;

  static final int FOOT_UNITS = 4;

  /** A notice is a short paragraph, not an article about corrections. */
  static final int MAX_NOTICE_WORDS = 120;

  private static final String PIECE = "(?:article|story|report|post|piece|headline|caption)";

  private static final Pattern NOTICE =
      Pattern.compile(
          "(?i)(?:editor'?’?s note\\s?[:—–]\\s*)?(?:(?:corrections?|clarifications?)(?: (?:and|&) (?:corrections?|clarifications?))?"
              + "(?:, [^:]{1,30})?\\s?[:—–]"
              + "|(?:an earlier|a previous|an older) version of this "
              + PIECE
              + "\\b"
              + "|this "
              + PIECE
              + " (?:has been|was) (?:corrected|amended|updated to correct|changed to correct)\\b)"
              + ".*",
          Pattern.DOTALL);

  private Corrections() {}

  /** The first correction notice among the body's top and foot blocks, if any. */
  static Optional<String> notice(List<Unit> body) {
    int top = Math.min(TOP_UNITS, body.size());
    List<Unit> inReach = new ArrayList<>(body.subList(0, top));
    inReach.addAll(body.subList(Math.max(top, body.size() - FOOT_UNITS), body.size()));
    return inReach.stream()
        .map(unit -> unit.text().strip())
        .filter(Corrections::isNotice)
        .findFirst();
  }

  static boolean isNotice(String text) {
    return TextCleaner.words(text) <= MAX_NOTICE_WORDS && NOTICE.matcher(text.strip()).matches();
  }
}
