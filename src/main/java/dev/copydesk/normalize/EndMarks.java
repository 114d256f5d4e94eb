package dev.copydesk.normalize;

import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A press release or a wire story says where its copy ends: a line of its own reading {@code ###},
 * {@code -30-} or {@code ENDS}. What follows is for the newsroom, not the reader (the issuer's
 * "About us" paragraph, media contacts, notes to editors): the mark and everything after it leave
 * the body, recorded. A mark followed by more text than came before it may not be the end (two
 * stories in one file, or a writer's section break): only the mark goes, and the text after it
 * stays with a suspicion. A continuation mark ({@code -more-}) at a page foot goes wherever it is.
 */
final class EndMarks {

  static final String END_MARK = "end-mark";
  static final String AFTER_END_MARK = "after-end-mark";
  static final String CONTINUATION_MARK = "continuation-mark";

  /** {@code ###}, {@code # # #}, {@code -30-}, {@code ENDS}, {@code -END-}, {@code (ENDS)}. */
  private static final Pattern END =
      Pattern.compile(
          "#( ?#){2,}|[-–—]+ ?30 ?[-–—]+|\\(?[-–—]* ?ENDS ?[-–—]*\\)?|\\(?[-–—]+ ?END ?[-–—]+\\)?");

  /** {@code -more-}, {@code - MORE -}, {@code (more)}. */
  private static final Pattern CONTINUATION =
      Pattern.compile("[-–—]+ ?more ?[-–—]+|\\(more\\)", Pattern.CASE_INSENSITIVE);

  private static final int MAX_MARK_CHARS = 12;

  private EndMarks() {}

  static Pass cut(List<Unit> units) {
    List<Unit> kept = new ArrayList<>();
    List<Removal> removed = new ArrayList<>();
    int wordsBefore = 0;
    String doubtfulMark = null;
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      if (isContinuation(unit.text())) {
        removed.add(Removals.one(unit.text(), CONTINUATION_MARK));
      } else if (wordsBefore > 0 && isEnd(unit.text())) {
        removed.add(Removals.one(unit.text(), END_MARK));
        if (wordsAfter(units, i) <= wordsBefore) {
          units
              .subList(i + 1, units.size())
              .forEach(u -> removed.add(Removals.one(u.text(), AFTER_END_MARK)));
          return new Pass(kept, removed);
        }
        doubtfulMark = unit.text().strip();
      } else {
        kept.add(doubtfulMark == null ? unit : unit.suspected(afterMark(doubtfulMark)));
        doubtfulMark = null;
        wordsBefore += unit.words();
      }
    }
    return new Pass(kept, removed);
  }

  static boolean isEnd(String text) {
    return text.length() <= MAX_MARK_CHARS && END.matcher(text.strip()).matches();
  }

  static boolean isContinuation(String text) {
    return text.length() <= MAX_MARK_CHARS && CONTINUATION.matcher(text.strip()).matches();
  }

  private static int wordsAfter(List<Unit> units, int mark) {
    return units.subList(mark + 1, units.size()).stream().mapToInt(Unit::words).sum();
  }

  private static String afterMark(String mark) {
    return "the part after the end mark “" + mark + "” (an issuer's notes or contacts)";
  }
}
