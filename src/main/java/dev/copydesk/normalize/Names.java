package dev.copydesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises personal names as bylines write them: one to five capitalised words, initials and the
 * usual lower-case particles ({@code de}, {@code van}, ...). Capitalised words that start prose
 * ({@code By Monday, ...}, {@code By The Numbers}) are not names.
 */
final class Names {

  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’\\-]*\\.?");
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){1,3}");
  private static final Pattern POSSESSIVE = Pattern.compile(".*['’]s$");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+(?:and|&)\\s+");

  private static final Pattern AGENCY =
      Pattern.compile(
          "(?i)(reuters|associated press|ap|afp|agencies|staff|wire services"
              + "|(?:[\\p{L}'’&.-]+ ){0,3}(?:wire|news|press) (?:service|agency))");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern LONG_CAPITALS = Pattern.compile("\\p{Lu}{3,}");
  private static final Pattern ROMAN = Pattern.compile("(?:II|III|IV|VI{0,3})\\.?,?");
  private static final Pattern MC = Pattern.compile("\\bMc(\\p{Ll})");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern SURNAME_FIRST =
      Pattern.compile(
          "((?:\\p{Ll}{1,4} ){0,2}\\p{Lu}[\\p{L}\\p{M}'’-]+),\\s*"
              + "(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: \\p{Lu}[\\p{L}\\p{M}'’.-]*){0,2})");
  private static final Pattern SUFFIX = Pattern.compile("(?i)(?:jr|sr|ii|iii|iv|phd|md)\\.?");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "di", "do", "dos", "du", "del", "della", "der", "den", "van", "von", "la",
          "le", "bin", "bint", "ibn", "al", "el", "ten", "ter", "y", "e", "st.");

  /** Capitalised words that open sentences or name days and seasons, never people. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "the",
          "this",
          "that",
          "these",
          "those",
          "then",
          "now",
          "all",
          "most",
          "some",
          "many",
          "our",
          "my",
          "his",
          "her",
          "their",
          "its",
          "a",
          "an",
          "contrast",
          "comparison",
          "way",
          "far",
          "law",
          "night",
          "day",
          "morning",
          "noon",
          "midnight",
          "evening",
          "christmas",
          "easter",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "design",
          "default",
          "definition",
          "chance",
          "accident",
          "mistake",
          "nature",
          "numbers",
          "staff",
          "reuters",
          "ap",
          "afp",
          "agencies");

  /** Job titles: "By Jane Doe, Senior Reporter" names one person, not two. */
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "reporter",
          "writer",
          "editor",
          "correspondent",
          "columnist",
          "contributor",
          "fellow",
          "analyst",
          "professor",
          "director",
          "producer",
          "photographer",
          "critic",
          "journalist",
          "author",
          "chief",
          "senior",
          "deputy",
          "associate",
          "special",
          "desk",
          "bureau",
          "team",
          "newsroom",
          "contributing",
          "political",
          "foreign",
          "investigative");

  private Names() {}

  /** One personal name, or empty when the text is not one. */
  static Optional<String> name(String text) {
    String[] tokens = WHITESPACE.split(text.strip());
    if (tokens.length == 0 || tokens.length > 5 || tokens[0].isEmpty()) {
      return Optional.empty();
    }
    int capitalised = 0;
    for (String token : tokens) {
      if (ROLE_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
        return Optional.empty();
      }
      if (WORD.matcher(token).matches() || INITIALS.matcher(token).matches()) {
        if (POSSESSIVE.matcher(token).matches()) {
          return Optional.empty();
        }
        capitalised++;
      } else if (!particle(token)) {
        return Optional.empty();
      }
    }
    String first = tokens[0].replace(".", "").toLowerCase(Locale.ROOT);
    boolean startsLikeName = capitalised > 0 && !NOT_NAMES.contains(first);
    return startsLikeName ? Optional.of(String.join(" ", tokens)) : Optional.empty();
  }

  /**
   * A name printed in capitals, as agencies print bylines ({@code DAVID KOENIG}), in the usual case
   * ({@code David Koenig}; {@code O'NEIL} → {@code O'Neil}, {@code MCKAY} → {@code McKay}, roman
   * numerals kept); a name already in mixed case, or initials alone, as written.
   */
  static String usualCase(String name) {
    if (!name.equals(name.toUpperCase(Locale.ROOT)) || !LONG_CAPITALS.matcher(name).find()) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length());
    for (String token : WHITESPACE.split(name.strip())) {
      out.append(out.isEmpty() ? "" : " ")
          .append(ROMAN.matcher(token).matches() ? token : wordCase(token));
    }
    return MC.matcher(out).replaceAll(m -> "Mc" + m.group(1).toUpperCase(Locale.ROOT));
  }

  private static String wordCase(String token) {
    StringBuilder out = new StringBuilder(token.length());
    boolean start = true;
    for (char c : token.toCharArray()) {
      out.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return out.toString();
  }

  /** A list of names ({@code A}, {@code A and B}, {@code A, B & C}); empty unless all are names. */
  static Optional<List<String>> list(String text) {
    return list(text, UnaryOperator.identity());
  }

  /**
   * A list of names, each part tidied first (a wire credit cuts {@code in London} from {@code A in
   * London and B}); empty unless every tidied part is a name.
   */
  static Optional<List<String>> list(String text, UnaryOperator<String> tidy) {
    List<String> names = new ArrayList<>();
    for (String part : LIST_SEPARATOR.split(text.strip())) {
      Optional<String> name = name(tidy.apply(part));
      if (name.isEmpty()) {
        return Optional.empty();
      }
      names.add(name.get());
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
  }

  /**
   * A name a catalogue or a document property writes surname first ({@code Okonkwo, Marta}, {@code
   * OKONKWO, MARTA J.}, {@code de la Cruz, Ana}) in reading order and the usual case ({@code Marta
   * Okonkwo}, {@code Marta J. Okonkwo}); any other text as it is. Only one surname (with its
   * particles) before the comma and one to three given names or initials after it: {@code Marta
   * Okonkwo, Colm Ferrity} is two names, {@code Okonkwo, Reporter} a name and a job, {@code King,
   * Jr.} a name and a suffix.
   */
  static String givenNameFirst(String text) {
    Matcher inverted = SURNAME_FIRST.matcher(text.strip());
    if (!inverted.matches()) {
      return text;
    }
    String given = inverted.group(2);
    if (name(given).isEmpty() || SUFFIX.matcher(given).matches()) {
      return text;
    }
    return usualCase(given + " " + inverted.group(1));
  }

  /** Whether a token is a lower-case particle of a name ({@code de}, {@code van}, {@code al}). */
  static boolean particle(String token) {
    return PARTICLES.contains(token);
  }

  /** Whether a text names a job of the kind author bios state ("an investigative editor at X"). */
  static boolean mentionsRole(String text) {
    for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
      if (ROLE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A news agency or desk credited in place of a person: an author, but not a personal name. */
  static boolean agency(String text) {
    return AGENCY.matcher(text.strip()).matches();
  }
}
