package dev.copydesk.normalize;

import dev.copydesk.model.Extracted;
import dev.copydesk.model.Removal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A press release held back until a set time says so at its head: {@code EMBARGOED UNTIL 00:01 GMT,
 * Thursday 5 March 2025}, {@code Not for publication before 10 a.m. ET April 2, 2025}. The notice
 * is not article text: it leaves the body (recorded as {@value #REASON}) and the entry carries it,
 * with the date it names when one can be read, so that the editor sees it ({@code EMBARGO}) and no
 * target publishes the entry on its own. A notice in a page header or footer is read too.
 */
final class Embargoes {

  static final String REASON = "embargo-notice";

  /**
   * The notice as written, the date it names (ISO, date only) when it names one, and the moment it
   * lifts (ISO instant, UTC) when it names a time and zone on that date ({@link EmbargoTimes}).
   */
  record Notice(String text, String until, String lifts) {

    static Notice of(String text) {
      String until = dateIn(text);
      return new Notice(text, until, EmbargoTimes.lifts(text, until).orElse(null));
    }
  }

  /** The units left, what was removed, and the notice when there was one. */
  record Read(Pass pass, Optional<Notice> notice) {}

  /** A title that opened with a notice: the notice, and the title after it. */
  record TitleSplit(Notice notice, String title) {}

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

  /** A bracketed notice opening a title: {@code [EMBARGOED]}, {@code (Embargo: 8 April)}. */
  private static final Pattern BRACKETED_NOTICE =
      Pattern.compile(
          "[\\[(]\\s*(strictly )?(embargoed|under embargo|embargo)\\b", Pattern.CASE_INSENSITIVE);

  /** Where a notice in a title may end: a bracket, a colon, a spaced dash or bar. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("[\\])]\\s*|:\\s+|\\s+[-–—|]\\s+");

  /**
   * The notice's time or date goes on after a separator ({@code EMBARGOED: 00:01 GMT, 8 April}).
   */
  /** A month or a day of the week, in full or cut short. */
  private static final String MONTH_OR_DAY =
      DateParser.MONTH + "|(mon|tues?|wed(nes)?|thu(rs?)?|fri|sat(ur)?|sun)(day)?";

  private static final Pattern NOTICE_GOES_ON =
      Pattern.compile("(\\d|(" + MONTH_OR_DAY + "\\.?)\\b)", Pattern.CASE_INSENSITIVE);

  /** What a notice names: a time or date (a digit), a month, a day, or until further notice. */
  private static final Pattern SAYS_WHEN =
      Pattern.compile(
          "\\d|\\b(" + MONTH_OR_DAY + "|midnight|noon|today|tonight|tomorrow|further notice)\\b",
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
        return new Read(new Pass(rest, removed), Optional.of(Notice.of(text)));
      }
    }
    return new Read(new Pass(units, List.of()), Optional.empty());
  }

  /**
   * A title that opens with an embargo notice, split at the first separator after which the title
   * begins (not the notice's time or date); empty when the title has no notice, or no title after
   * it.
   */
  static Optional<TitleSplit> inTitle(String title) {
    if (title == null
        || !(BRACKETED_NOTICE.matcher(title).lookingAt() || NOTICE.matcher(title).lookingAt())) {
      return Optional.empty();
    }
    var separator = TITLE_SEPARATOR.matcher(title);
    while (separator.find()) {
      String rest = title.substring(separator.end()).strip();
      if (!rest.isEmpty() && !NOTICE_GOES_ON.matcher(rest).lookingAt()) {
        String notice = title.substring(0, separator.start()).replaceFirst("^[\\[(\\s]+", "");
        return Optional.of(new TitleSplit(Notice.of(notice), rest));
      }
    }
    return Optional.empty();
  }

  /** The notice a document's title property opens with (an e-mail's subject), if any. */
  static Optional<Notice> inTitleProperty(Extracted extracted) {
    String title = extracted.property("dc:title");
    return inTitle(title == null ? null : TitleLabels.strip(title)).map(TitleSplit::notice);
  }

  /**
   * The notice printed in the page's margins rather than at the head of the text, if any: a word
   * processor's page header or footer, a PDF's running header ({@code margins}: their texts). A
   * press release often carries it there, on every page.
   */
  static Optional<Notice> inMargins(List<String> margins) {
    return margins.stream().filter(Embargoes::isNotice).findFirst().map(Notice::of);
  }

  /** The title without the notice it opens with. */
  static String titleWithoutNotice(String title) {
    return inTitle(title).map(TitleSplit::title).orElse(title);
  }

  /**
   * A notice says when, or is written as one: it names a time, a day or a date, says {@code until
   * further notice}, is in capitals, or is the {@code Not for publication before …} form. A
   * sentence that opens with the word ({@code Embargoed until the trial ends, the papers show…}) is
   * none of these, and stays article text.
   */
  static boolean isNotice(String text) {
    if (TextCleaner.hasMoreWords(text, MAX_WORDS)) {
      return false;
    }
    Matcher notice = NOTICE.matcher(text);
    return notice.lookingAt()
        && (notice.group(5) != null
            || notice.group().equals(notice.group().toUpperCase(Locale.ROOT))
            || SAYS_WHEN.matcher(text.substring(notice.end())).find());
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
