package dev.copydesk.normalize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The people a web page's byline markup names. The markup's text is the byline as the page prints
 * it, often with more than names: {@code Dan Goodin - Apr 16, 2015 8:02 pm UTC}, {@code Alex Perry
 * 1 day ago}, {@code Par Sébastien Farcis et Anne Roy}, {@code Nicolas Perriault —}. The date and
 * the trailing dash are cut, a "by" (and its "and") in another language read as English, and what
 * is left must read as a byline ({@link Bylines}), each name of two words or more: markup that
 * holds something else ({@code Follow Author}, {@code AUTHORING}, a date alone) names no one.
 */
final class MarkupBylines {

  /** From a date or a relative time to the end: when the page says it was written, not by whom. */
  private static final Pattern DATE_ON =
      Pattern.compile(
          "(?:\\s+[-|·•—–]\\s*|\\s+)(?:"
              + DateParser.ANY
              + "|\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?)\\s+ago|updated\\b|published\\b)"
              + ".*$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s\\-|·•—–,:]+$");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private MarkupBylines() {}

  static Optional<List<String>> names(String markup) {
    String text = SPACE.matcher(markup).replaceAll(" ").strip();
    text = DATE_ON.matcher(text).replaceFirst("");
    text = TRAILING_MARKS.matcher(text).replaceAll("");
    String line = Bylines.inEnglish(text);
    return Bylines.parse(line)
        .or(() -> Bylines.parse("By " + line))
        .filter(Bylines.Byline::named)
        .map(Bylines.Byline::names)
        .filter(names -> names.stream().allMatch(name -> name.contains(" ")));
  }
}
