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
 * Shepardson in Washington; Additional reporting by Lisa Baertlein; Editing by Chizu Nomiyama)}, or
 * Bloomberg's {@code --With assistance from Joe Ray.} and {@code To contact the reporter on this
 * story: Jane Doe in London at jdoe@bloomberg.net} (and the editors' line after it). Reporters,
 * writers and those who assisted are the story's authors; editors are not. The line leaves the body
 * and is kept whole in {@code metadata} as {@value #METADATA_KEY}. A line with a part that is not a
 * role and people ({@code by} what?) is prose and stays.
 */
final class WireCredits {

  static final String SOURCE = "text:wire-credit";
  static final String METADATA_KEY = "text:credits";

  /** Credit lines come last (Bloomberg's take up to three), or before a line of page furniture. */
  static final int SCAN_UNITS = 4;

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
  private static final Pattern PLACE = Pattern.compile("\\s+in\\s+\\p{Lu}.*$");

  /** Bloomberg's contact lines: the reporters' names the authors, the editors' none. */
  private static final Pattern CONTACT =
      Pattern.compile(
          "(?is)-*\\s*to contact the (reporters?|editors?)(?: responsible)?(?: for| on) (?:this|these)"
              + " stor(?:y|ies)\\s*:\\s*(.+)");

  private static final Pattern ASSISTANCE =
      Pattern.compile("(?is)-*\\s*with (?:assistance|reporting) from\\s+(.+?)\\.?");

  /** An e-mail address, and the {@code at} before it: where one contact ends. */
  private static final Pattern EMAIL = Pattern.compile("\\s*(?:\\bat\\s+)?\\S+@\\S+\\s*");

  /** The line's parts, in brackets or not: {@code (Reporting by A; Editing by B)}. */
  private static final Pattern ENCLOSED = Pattern.compile("\\(?\\s*(.+?)\\s*\\)?\\.?");

  private WireCredits() {}

  static Read read(List<Unit> units) {
    List<Unit> rest = new ArrayList<>(units);
    List<String> lines = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    for (int i = units.size() - 1; i >= Math.max(1, units.size() - SCAN_UNITS); i--) {
      Optional<Credits> credits = parse(units.get(i).text());
      if (credits.isPresent()) {
        rest.remove(i);
        lines.add(0, credits.get().line());
        credits.get().authors().stream().filter(a -> !authors.contains(a)).forEach(authors::add);
      }
    }
    return lines.isEmpty()
        ? new Read(units, Optional.empty())
        : new Read(rest, Optional.of(new Credits(String.join("\n", lines), authors)));
  }

  /** The credits a line states; empty unless the whole line is role-by-people parts. */
  static Optional<Credits> parse(String line) {
    if (TextCleaner.hasMoreWords(line, MAX_WORDS)) {
      return Optional.empty();
    }
    Matcher contact = CONTACT.matcher(line.strip());
    if (contact.matches()) {
      boolean reporters = contact.group(1).toLowerCase(Locale.ROOT).startsWith("reporter");
      return contacts(contact.group(2))
          .map(people -> new Credits(line.strip(), reporters ? people : List.of()));
    }
    Matcher assistance = ASSISTANCE.matcher(line.strip());
    if (assistance.matches()) {
      return people(assistance.group(1)).map(people -> new Credits(line.strip(), people));
    }
    Matcher enclosed = ENCLOSED.matcher(line.strip());
    if (!enclosed.matches()) {
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

  /** {@code A in London at a@x.net B at b@x.net}: the people, each ended by an address. */
  private static Optional<List<String>> contacts(String text) {
    List<String> names = new ArrayList<>();
    for (String piece : EMAIL.split(text.strip())) {
      if (!piece.isBlank()) {
        Optional<List<String>> people = people(piece);
        if (people.isEmpty()) {
          return Optional.empty();
        }
        names.addAll(people.get());
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(names);
  }

  /** {@code A in London and B}: every piece a name once its place is cut, else empty. */
  private static Optional<List<String>> people(String text) {
    return Names.list(text, piece -> PLACE.matcher(piece).replaceFirst(""));
  }
}
