package dev.copydesk.normalize;

import static dev.copydesk.normalize.MetadataSources.Field.AUTHORS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit line an agency story ends with instead of a byline: {@code (Reporting by David
 * Shepardson in Washington; Additional reporting by Lisa Baertlein; Editing by Chizu Nomiyama)}.
 * Reporters and writers are the story's authors; editors are not. The line leaves the body and is
 * kept whole in {@code metadata} as {@value #METADATA_KEY}. A line with a part that is not a role
 * and people ({@code by} what?) is prose and stays.
 */
final class WireCredits {

  static final String SOURCE = "text:wire-credit";
  static final String METADATA_KEY = "text:credits";

  /** The credit line comes last, or before a line or two of page furniture. */
  static final int SCAN_UNITS = 3;

  static final int MAX_WORDS = 80;

  /** The line as written, and the authors it names (none when it credits only editors). */
  record Credits(String line, List<String> authors) {
    Optional<Found> found() {
      return authors.isEmpty()
          ? Optional.empty()
          : Optional.of(MetadataSources.text(AUTHORS, SOURCE, authors));
    }
  }

  /** The units left, and the credits when the foot held a credit line. */
  record Read(List<Unit> rest, Optional<Credits> credits) {}

  private static final Set<String> AUTHOR_ROLES =
      Set.of(
          "reporting",
          "additional reporting",
          "writing",
          "reporting and writing",
          "writing and reporting",
          "compiled",
          "compiling");

  private static final Set<String> OTHER_ROLES =
      Set.of(
          "editing",
          "edited",
          "additional editing",
          "graphics",
          "research",
          "translation",
          "translated",
          "photos",
          "photography",
          "fact-checking",
          "production");

  private static final Pattern PART = Pattern.compile("(?i)([\\p{L}\\- ]{4,40}?)\\s+by\\s+(.+)");
  private static final Pattern PARTS = Pattern.compile("\\s*;\\s*");
  private static final Pattern PEOPLE = Pattern.compile("\\s*,\\s*|\\s+(?:and|&)\\s+");
  private static final Pattern PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}.*$");

  /** The line's parts, in brackets or not: {@code (Reporting by A; Editing by B)}. */
  private static final Pattern ENCLOSED = Pattern.compile("\\(?\\s*(.+?)\\s*\\)?\\.?");

  private WireCredits() {}

  static Read read(List<Unit> units) {
    for (int i = units.size() - 1; i >= Math.max(1, units.size() - SCAN_UNITS); i--) {
      Optional<Credits> credits = parse(units.get(i).text());
      if (credits.isPresent()) {
        List<Unit> rest = new ArrayList<>(units);
        rest.remove(i);
        return new Read(rest, credits);
      }
    }
    return new Read(units, Optional.empty());
  }

  /** The credits a line states; empty unless the whole line is role-by-people parts. */
  static Optional<Credits> parse(String line) {
    Matcher enclosed = ENCLOSED.matcher(line.strip());
    if (!enclosed.matches() || TextCleaner.hasMoreWords(line, MAX_WORDS)) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    for (String part : PARTS.split(enclosed.group(1))) {
      Matcher credit = PART.matcher(part);
      if (!credit.matches()) {
        return Optional.empty();
      }
      String role = credit.group(1).strip().toLowerCase(Locale.ROOT);
      Optional<List<String>> people = people(credit.group(2));
      if (people.isEmpty() || !(AUTHOR_ROLES.contains(role) || OTHER_ROLES.contains(role))) {
        return Optional.empty();
      }
      if (AUTHOR_ROLES.contains(role)) {
        people.get().stream().filter(p -> !authors.contains(p)).forEach(authors::add);
      }
    }
    return Optional.of(new Credits(line.strip(), authors));
  }

  /** {@code A in London and B}: every piece a name once its place is cut, else empty. */
  private static Optional<List<String>> people(String text) {
    List<String> names = new ArrayList<>();
    for (String piece : PEOPLE.split(text.strip())) {
      Optional<String> name = Names.name(PLACE.matcher(piece).replaceFirst(""));
      if (name.isEmpty()) {
        return Optional.empty();
      }
      names.add(name.get());
    }
    return Optional.of(names);
  }
}
