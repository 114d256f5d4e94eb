package dev.copydesk.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline lines: {@code By NAME}, {@code By NAME, role}, {@code By NAME and NAME}, optionally with a
 * date ({@code By NAME | March 3, 2025}), and the empty byline a scraper leaves when the name was a
 * link ({@code By , an editor at X.}), and a template's label ({@code Author: NAME}, {@code Byline:
 * NAME}); a handle or address after the names is cut ({@code By NAME @handle}). Co-writers in
 * brackets count ({@code By NAME (with NAME and NAME)}, also {@code avec}/{@code et}, {@code
 * mit}/{@code und}); the other credits a byline may go on to give ({@code Edited by}, {@code Photos
 * by}, ...) name no author and are cut. The traps are prose that starts with "By": a byline is
 * short, its names are capitalised words, and no verb follows.
 */
final class Bylines {

  /**
   * What a byline line says. {@code names} is empty for an empty byline; role and date may be null.
   */
  record Byline(List<String> names, String role, String date) {

    /** Whether the byline names someone ({@code By , Washington correspondent} does not). */
    boolean named() {
      return !names.isEmpty();
    }
  }

  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?:(?:author|authors|byline|reporter|reporters|writer)(?=\\s*:)"
              + "|by|written by|words by|story by|reporting by|text by"
              + "|(?:story|words|text) and (?:photos|photographs|pictures) by)\\s*:?\\s*(?=\\S)",
          Pattern.CASE_INSENSITIVE);

  /** Where a credit other than the writer's begins: {@code Written by A Edited by B}. */
  private static final Pattern OTHER_CREDIT =
      Pattern.compile(
          "[.,;]?\\s+(?:and\\s+)?(?:edited|photos?|photographs?|photography|pictures?|illustrations?"
              + "|graphics?|video|design|produced)\\s+by\\b.*$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** {@code A (with B and C)}: the writer (group 1), then the co-writers in brackets (group 2). */
  private static final Pattern CO_WRITERS =
      Pattern.compile("^(.+?)\\s*\\((?:with|avec|mit)\\s+(.+?)\\)$", Pattern.CASE_INSENSITIVE);

  /**
   * "By" as bylines print it in French, German, Spanish, Portuguese, Dutch and Scandinavian, and
   * the languages each word is "by" in (ISO 639-1, as the language guess names them).
   */
  private static final Map<String, Set<String>> FOREIGN_BY_LANGUAGES =
      Map.of(
          "par", Set.of("fr"),
          "von", Set.of("de"),
          "por", Set.of("es", "pt"),
          "door", Set.of("nl"),
          "av", Set.of("sv", "no"),
          "af", Set.of("da"));

  /** A line opening with one of those words, then a capital. */
  private static final Pattern FOREIGN_BY =
      Pattern.compile(
          "^(?:" + String.join("|", FOREIGN_BY_LANGUAGES.keySet()) + ")\\s+(?=\\p{Lu})",
          Pattern.CASE_INSENSITIVE);

  /**
   * "And" in those languages, where their word for it is no name particle ({@code y}, {@code e}).
   */
  private static final Pattern FOREIGN_AND = Pattern.compile("\\s+(?:et|und|en|och|og)\\s+");

  private static final String CAPITALISED = "(?-i:\\p{Lu})[\\p{L}.'’&-]*";

  /**
   * A newsroom's own credit in place of a name: {@code From staff reports}, {@code Staff report}.
   */
  private static final Pattern STAFF_REPORTS =
      Pattern.compile(
          "(?:from\\s+)?(staff(?:\\s+and\\s+wire)?\\s+reports?)\\.?", Pattern.CASE_INSENSITIVE);

  /**
   * A paper's staff credited: {@code Harlan Gazette staff}, {@code By The Courier Staff}; one word
   * before "staff" only after "By" ({@code Library staff} alone may be a heading).
   */
  private static final Pattern PAPER_STAFF =
      Pattern.compile(
          "(by\\s+)?((?:the\\s+)?(" + CAPITALISED + ")(\\s+" + CAPITALISED + "){0,3}\\s+staff)\\.?",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern EMPTY =
      Pattern.compile("^by\\s*,\\s*(.+)$", Pattern.CASE_INSENSITIVE);

  /** What separates a byline from its date, and a stamp line's parts ({@link MetadataLines}). */
  static final Pattern SEGMENTS = Pattern.compile("\\s+[|·•—–]\\s+|\\s*\\|\\s*");

  private static final Pattern LAST_STOP = Pattern.compile("[.,]$");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final int MAX_WORDS = 25;
  private static final int MAX_ROLE_WORDS = 12;

  /** Words that make the rest of a "By ..." line a clause, not a role. */
  private static final Set<String> VERBS =
      Set.of(
          "is", "was", "were", "are", "had", "has", "have", "did", "does", "do", "will", "would",
          "could", "should", "can", "may", "might", "must", "shall", "been", "being", "seems",
          "said", "says", "became", "began", "made", "took", "came", "went", "got", "felt");

  private Bylines() {}

  static Optional<Byline> parse(String line) {
    if (TextCleaner.hasMoreWords(line, MAX_WORDS)) {
      return Optional.empty();
    }
    Optional<String> staff = staffCredit(line.strip());
    if (staff.isPresent()) {
      return Optional.of(new Byline(List.of(staff.get()), null, null));
    }
    Matcher empty = EMPTY.matcher(line);
    if (empty.matches()) {
      String role = empty.group(1).strip();
      return clause(role) ? Optional.empty() : Optional.of(new Byline(List.of(), role, null));
    }
    Matcher prefix = PREFIX.matcher(line);
    if (!prefix.lookingAt()) {
      return Optional.empty();
    }
    String[] segments = SEGMENTS.split(line.substring(prefix.end()));
    if (segments.length == 0) { // "By |": nothing but separators
      return Optional.empty();
    }
    segments[0] = OTHER_CREDIT.matcher(segments[0]).replaceFirst("");
    segments[0] = MetadataLines.withoutContact(segments[0]);
    String date = null;
    for (int i = 1; i < segments.length; i++) {
      date = date != null ? date : DateParser.parse(segments[i]).orElse(null);
    }
    return people(segments[0], date);
  }

  /**
   * The languages whose "by" opens the line, followed by a capital ({@code Par Jeanne Roy}: fr);
   * none when no other language's "by" does.
   */
  static Set<String> foreignByLanguages(String line) {
    Matcher foreignBy = FOREIGN_BY.matcher(line);
    return foreignBy.lookingAt()
        ? FOREIGN_BY_LANGUAGES.getOrDefault(
            line.substring(0, foreignBy.end()).strip().toLowerCase(Locale.ROOT), Set.of())
        : Set.of();
  }

  /**
   * A byline opening with a "by" of another language, with its "and"s, in English: {@code Par A et
   * B} is {@code By A and B}. Only for text known to be a byline (markup, a stamp line's part) or
   * in copy of that language ({@link #foreignByLanguages}): as prose, {@code Von Trapp Family
   * Singers} is no byline.
   */
  static String inEnglish(String byline) {
    Matcher foreignBy = FOREIGN_BY.matcher(byline);
    return foreignBy.lookingAt()
        ? "By " + FOREIGN_AND.matcher(byline.substring(foreignBy.end())).replaceAll(" and ")
        : byline;
  }

  /** Whether the line is a byline (for deciding line breaks and top-of-article scanning). */
  static boolean isByline(String line) {
    return parse(line).isPresent();
  }

  /**
   * The staff credit a line gives in place of a name ({@link #STAFF_REPORTS}, {@link
   * #PAPER_STAFF}).
   */
  private static Optional<String> staffCredit(String line) {
    Matcher reports = STAFF_REPORTS.matcher(line);
    if (reports.matches()) {
      String credit = reports.group(1);
      return Optional.of(Character.toUpperCase(credit.charAt(0)) + credit.substring(1));
    }
    Matcher paper = PAPER_STAFF.matcher(line);
    boolean credited = paper.matches() && (paper.group(1) != null || paper.group(4) != null);
    return credited ? Optional.of(paper.group(2)) : Optional.empty();
  }

  private static Optional<Byline> people(String text, String date) {
    Matcher coWriters = CO_WRITERS.matcher(text);
    if (coWriters.matches()) {
      String all =
          coWriters.group(1) + ", " + FOREIGN_AND.matcher(coWriters.group(2)).replaceAll(" and ");
      return Names.list(all).map(Bylines::usualCase).map(names -> new Byline(names, null, date));
    }
    Optional<Byline> agencyAfterComma = agencyAfterComma(text, date);
    if (agencyAfterComma.isPresent()) {
      return agencyAfterComma;
    }
    Optional<List<String>> all = Names.list(text).map(Bylines::usualCase);
    if (all.isPresent()) {
      return Optional.of(new Byline(all.get(), null, date));
    }
    String bare = LAST_STOP.matcher(text).replaceAll("");
    if (Names.agency(bare)) {
      return Optional.of(new Byline(List.of(bare), null, date));
    }
    int comma = text.indexOf(',');
    if (comma < 0) {
      return Optional.empty();
    }
    String role = text.substring(comma + 1).strip();
    Optional<String> trailingDate = DateParser.parse(role);
    if (trailingDate.isPresent()) {
      return Names.list(text.substring(0, comma))
          .map(Bylines::usualCase)
          .map(names -> new Byline(names, null, date != null ? date : trailingDate.get()));
    }
    if (TextCleaner.hasMoreWords(role, MAX_ROLE_WORDS) || clause(role)) {
      return Optional.empty();
    }
    return Names.list(text.substring(0, comma))
        .map(Bylines::usualCase)
        .map(names -> new Byline(names, role, date));
  }

  /**
   * {@code NAME, Harlan Wire Service}: the agency the reporter files for is the role, not a second
   * author.
   */
  private static Optional<Byline> agencyAfterComma(String text, String date) {
    int comma = text.lastIndexOf(',');
    if (comma < 0) {
      return Optional.empty();
    }
    String after = LAST_STOP.matcher(text.substring(comma + 1)).replaceAll("").strip();
    if (!Names.agency(after.replaceFirst("(?i)^the ", ""))) {
      return Optional.empty();
    }
    return Names.list(text.substring(0, comma))
        .map(Bylines::usualCase)
        .map(names -> new Byline(names, after, date));
  }

  private static List<String> usualCase(List<String> names) {
    return names.stream().map(Names::usualCase).toList();
  }

  private static boolean clause(String role) {
    for (String word : NON_LETTERS.split(role.toLowerCase(Locale.ROOT))) {
      if (VERBS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
