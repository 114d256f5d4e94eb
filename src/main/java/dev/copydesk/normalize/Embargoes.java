package dev.copydesk.normalize;

import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A press release held back until a set time says so at its head: {@code EMBARGOED UNTIL 00:01 GMT,
 * Thursday 5 March 2025}, {@code Not for publication before 10 a.m. ET April 2, 2025}. The notice
 * is not article text: it leaves the body (recorded as {@value #REASON}) and the entry carries it,
 * with the date it names when one can be read, so that the editor sees it ({@code EMBARGO}) and no
 * target publishes the entry on its own.
 */
final class Embargoes {

  static final String REASON = "embargo-notice";

  /** The notice as written, and the date it names (ISO, date only) when it names one. */
  record Notice(String text, String until) {}

  /** The units left, what was removed, and the notice when there was one. */
  record Read(Pass pass, Optional<Notice> notice) {}

  /** A notice is at the head of the copy: among its first few blocks. */
  static final int HEAD_UNITS = 4;

  /** A notice is a line, not a paragraph about an embargo. */
  static final int MAX_WORDS = 30;

  private static final Pattern NOTICE =
      Pattern.compile(
          "(strictly )?(embargoed|under embargo)\\b\\s*(until|till|to|for|before|:|-|–|—)"
              + "|embargo\\s*(until|:)"
              + "|not for (publication|release|broadcast|distribution)"
              + "( or (publication|release|broadcast|distribution))? (before|until)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]");

  private Embargoes() {}

  static Read read(List<Unit> units) {
    for (int i = 0; i < Math.min(HEAD_UNITS, units.size()); i++) {
      String text = units.get(i).text();
      if (isNotice(text)) {
        List<Unit> rest = new ArrayList<>(units);
        rest.remove(i);
        List<Removal> removed = List.of(Removals.one(text, REASON));
        return new Read(new Pass(rest, removed), Optional.of(new Notice(text, dateIn(text))));
      }
    }
    return new Read(new Pass(units, List.of()), Optional.empty());
  }

  static boolean isNotice(String text) {
    return !TextCleaner.hasMoreWords(text, MAX_WORDS) && NOTICE.matcher(text).lookingAt();
  }

  /**
   * The first date written in the notice, read from each word on ({@code 00:01 GMT, Thursday 5
   * March 2025} names 2025-03-05), else null: the time and zone stay in the notice's text.
   */
  static String dateIn(String text) {
    var words = WORD_START.matcher(text);
    while (words.find()) {
      Optional<String> date = DateParser.parse(text.substring(words.start()));
      if (date.isPresent()) {
        return date.get().substring(0, Math.min(10, date.get().length()));
      }
    }
    return null;
  }
}
