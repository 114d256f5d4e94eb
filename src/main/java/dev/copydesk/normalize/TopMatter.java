package dev.copydesk.normalize;

import static dev.copydesk.normalize.MetadataMap.AUTHOR_CONTACT;
import static dev.copydesk.normalize.MetadataMap.AUTHOR_ROLE;
import static dev.copydesk.normalize.MetadataMap.KICKER;
import static dev.copydesk.normalize.MetadataMap.SLUG;
import static dev.copydesk.normalize.MetadataSources.Field.AUTHORS;
import static dev.copydesk.normalize.MetadataSources.Field.PUBLISHED;
import static dev.copydesk.normalize.MetadataSources.Field.STANDFIRST;
import static dev.copydesk.normalize.MetadataSources.Field.TITLE;

import dev.copydesk.model.BlockKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads the head of an article: title line, standfirst, bylines and date lines, and a date or
 * dateline glued to the first paragraph. Every line read as metadata leaves the body. When the
 * document's properties already name the title or standfirst, only a line repeating them goes. The
 * head ends at a table: its cells are data, not a title or a byline.
 */
final class TopMatter {

  /**
   * What the head said: the remaining units, the values found, an empty byline's role, the
   * dateline, and notes by their metadata keys ({@link MetadataMap}): the role printed with a
   * byline ({@code By NAME, role}, or a line of its own below it: {@code AP Business Writer}), the
   * author's addresses on a line below the byline ({@code jane.doe@paper.com}), the kicker over the
   * headline ({@link Kickers}) and a copy template's slug ({@link TitleLabels#slug}).
   */
  record Head(
      List<Unit> rest,
      List<Found> found,
      String bylineRole,
      String dateline,
      Map<String, String> notes) {}

  /** A byline's role on a line of its own is short. */
  static final int ROLE_LINE_MAX_WORDS = 6;

  /** How many units after the title may still be byline, date or standfirst lines. */
  static final int SCAN = 8;

  private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.,;:]$");
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?](\\s|$)");
  private static final Pattern SPACED_SEPARATOR = Pattern.compile(".*\\s[|–—-]\\s.*");

  static final int TITLE_MAX_WORDS = 20;

  /** The source of a headline that says more than the document's own title (see saysMore). */
  static final String FULLER_TITLE = "text:fuller-title";

  /** The source of a headline over a byline that outranks an e-mail's subject (see takeTitle). */
  static final String HEADLINE = "text:headline";

  /** Where an e-mail's subject is the title property: written for the desk, not for readers. */
  private static final Pattern SUBJECT = Pattern.compile("(?:eml|emlx|msg):dc:title");

  static final int STANDFIRST_MAX_WORDS = 40;
  static final int UNANCHORED_STANDFIRST_MAX_WORDS = 30;

  /** Shorter lines after a title are section headings ("Background"), not standfirsts. */
  static final int STANDFIRST_MIN_WORDS = 6;

  private TopMatter() {}

  /**
   * The head of the article: title, standfirst, byline, date lines. {@code webPage}: a web page's
   * byline says "By" or is marked up, so a bare name line there (a heading, a chapter title, a
   * caption naming someone) is the author only when the page's properties name the same person.
   * {@code language}: the copy's language, asked only of a line that opens with another language's
   * "by".
   */
  static Head read(
      List<Unit> units,
      Optional<Found> title,
      Optional<Found> standfirst,
      List<String> propertyAuthors,
      boolean webPage,
      Supplier<Optional<String>> language) {
    List<Unit> rest = new ArrayList<>(units);
    List<Found> found = new ArrayList<>();
    Map<String, String> notes = new LinkedHashMap<>();
    takeSlug(rest, notes);
    takeKicker(rest, title, notes);
    boolean titled = takeTitle(rest, title, found);
    boolean standfirstOpen = titled;
    boolean named = false;
    boolean bylined = false;
    String role = null;
    int i = 0;
    while (i < rest.size() && i < SCAN && rest.get(i).kind() != BlockKind.TABLE) {
      Unit unit = rest.get(i);
      Unit next = i + 1 < rest.size() ? rest.get(i + 1) : null;
      String line = ownLanguageByline(unit.text(), language);
      Optional<Bylines.Byline> byline = Bylines.parse(line);
      List<Found> meta = metadata(line, byline);
      Optional<String> emptyByline = byline.filter(b -> !b.named()).map(Bylines.Byline::role);
      Optional<NameLines.NameLine> nameLine = named ? Optional.empty() : NameLines.read(unit);
      boolean namedByline = false;
      if (bylined && !notes.containsKey(AUTHOR_ROLE) && isRoleLine(unit)) {
        note(notes, AUTHOR_ROLE, unit.text().strip());
        namedByline = true;
        rest.remove(i);
      } else if (bylined
          && !notes.containsKey(AUTHOR_CONTACT)
          && MetadataLines.isContactLine(unit.text())) {
        note(notes, AUTHOR_CONTACT, unit.text().strip());
        namedByline = true;
        rest.remove(i);
      } else if (!meta.isEmpty() || emptyByline.isPresent()) {
        found.addAll(meta);
        role = role != null ? role : emptyByline.orElse(null);
        namedByline = byline.filter(Bylines.Byline::named).isPresent();
        note(notes, AUTHOR_ROLE, byline.map(Bylines.Byline::role).orElse(null));
        rest.remove(i);
      } else if (standfirstOpen
          && i == 0
          && isStandfirst(unit, next, standfirst, propertyAuthors)) {
        if (standfirst.isEmpty()) {
          found.add(
              MetadataSources.text(
                  STANDFIRST, "text:standfirst", List.of(TitleLabels.strip(unit.text()))));
        }
        rest.remove(i);
      } else if (nameLine.isPresent()
          && (NameLines.confirms(nameLine.get(), propertyAuthors)
              || !webPage && nameLine.get().personal())) {
        found.add(NameLines.author(nameLine.get(), propertyAuthors));
        note(notes, AUTHOR_ROLE, nameLine.get().role());
        named = true;
        namedByline = nameLine.get().role() == null;
        rest.remove(i);
      } else if (passedOver(unit)) {
        i++;
      } else {
        break;
      }
      standfirstOpen = false;
      bylined = namedByline;
    }
    String dateline = unglue(rest, found);
    return new Head(rest, found, role, dateline, Map.copyOf(notes));
  }

  /**
   * A line opening with the "by" of the copy's own language ({@code Par Jeanne Roy} in French copy)
   * as the English byline it is; any other line as it is. In English copy {@code Von Trapp Family
   * Singers} stays a line of text.
   */
  private static String ownLanguageByline(String text, Supplier<Optional<String>> language) {
    Set<String> languages = Bylines.foreignByLanguages(text);
    if (languages.isEmpty()) {
      return text;
    }
    return language
        .get()
        .filter(languages::contains)
        .map(code -> Bylines.inEnglish(text))
        .orElse(text);
  }

  /**
   * A line of a block broken into lines, a caption or a list item: the head's reading goes past it
   * to the byline or the dateline below.
   */
  private static boolean passedOver(Unit unit) {
    return unit.line() || unit.kind() == BlockKind.CAPTION || unit.kind() == BlockKind.LIST;
  }

  /** {@code AP Business Writer}, {@code The Associated Press}: a job or an agency, nothing more. */
  private static boolean isRoleLine(Unit unit) {
    String text = unit.text().strip();
    return unit.words() <= ROLE_LINE_MAX_WORDS
        && !text.endsWith(".")
        && (Names.mentionsRole(text) || Names.agency(text.replaceFirst("(?i)^the ", "")));
  }

  /** The values a whole line states as a byline, date line or name-and-date line. */
  static List<Found> metadata(String line) {
    return metadata(line, Bylines.parse(line));
  }

  /** {@link #metadata(String)} of a line already read as a byline (or not: empty). */
  private static List<Found> metadata(String line, Optional<Bylines.Byline> byline) {
    List<Found> found = new ArrayList<>();
    byline.ifPresent(
        b -> {
          if (b.named()) {
            found.add(MetadataSources.text(AUTHORS, "text:byline", b.names()));
          }
          if (b.date() != null) {
            found.add(MetadataSources.text(PUBLISHED, "text:byline", List.of(b.date())));
          }
        });
    MetadataLines.labelledDate(line)
        .ifPresent(
            d ->
                found.add(
                    MetadataSources.text(
                        PUBLISHED,
                        d.updated() ? "text:updated-date" : "text:labelled-date",
                        List.of(d.date()))));
    MetadataLines.footer(line)
        .ifPresent(
            f -> {
              found.add(MetadataSources.text(AUTHORS, "text:byline", f.names()));
              found.add(MetadataSources.text(PUBLISHED, "text:byline", List.of(f.date())));
            });
    MetadataLines.bareDate(line)
        .ifPresent(
            d -> found.add(MetadataSources.text(PUBLISHED, "text:labelled-date", List.of(d))));
    if (found.stream().noneMatch(f -> f.field() == PUBLISHED)) {
      MetadataLines.stamp(line).ifPresent(stamp -> found.addAll(stampFound(stamp, found)));
    }
    return found;
  }

  /**
   * What a stamp line states that the byline reading of it did not (the date of {@code By A |
   * Published …}).
   */
  private static List<Found> stampFound(MetadataLines.Stamp stamp, List<Found> found) {
    List<Found> more = new ArrayList<>();
    if (found.isEmpty() && !stamp.names().isEmpty()) {
      more.add(MetadataSources.text(AUTHORS, "text:byline", stamp.names()));
    }
    if (stamp.date() != null) {
      String from = stamp.names().isEmpty() ? "text:labelled-date" : "text:byline";
      more.add(MetadataSources.text(PUBLISHED, from, List.of(stamp.date())));
    }
    return more;
  }

  private static Optional<String> emptyByline(String line) {
    return Bylines.parse(line).filter(b -> !b.named()).map(Bylines.Byline::role);
  }

  /** A note kept under its metadata key: the first value found, none for null. */
  private static void note(Map<String, String> notes, String key, String value) {
    if (value != null) {
      notes.putIfAbsent(key, value);
    }
  }

  /** Takes a copy template's slug line ({@code SLUG: library-budget}) off the top. */
  private static void takeSlug(List<Unit> rest, Map<String, String> notes) {
    for (int i = 0; i < Math.min(3, rest.size()); i++) {
      Optional<String> slug = TitleLabels.slug(rest.get(i).text());
      if (slug.isPresent()) {
        note(notes, SLUG, slug.get());
        rest.remove(i);
        return;
      }
    }
  }

  /**
   * Takes the kicker off the top: over the first line when it is the headline, or over the line
   * repeating the document's title.
   */
  private static void takeKicker(
      List<Unit> rest, Optional<Found> title, Map<String, String> notes) {
    if (rest.size() < 2 || !Kickers.isKicker(rest.get(0), rest.get(1))) {
      return;
    }
    if (title.map(t -> repeats(rest.get(1).text(), t.value())).orElse(true)) {
      note(notes, KICKER, Kickers.printed(rest.remove(0).text()));
    }
  }

  private static boolean takeTitle(List<Unit> rest, Optional<Found> title, List<Found> found) {
    if (title.isPresent()) {
      for (int i = 0; i < Math.min(3, rest.size()); i++) {
        if (repeats(rest.get(i).text(), title.get().value())) {
          rest.remove(i);
          return true;
        }
        if (saysMore(rest.get(i), title.get().value())) {
          String line = TitleLabels.strip(rest.remove(i).text());
          found.add(MetadataSources.text(TITLE, FULLER_TITLE, List.of(line)));
          return true;
        }
      }
      if (SUBJECT.matcher(title.get().from()).matches() && headlineOverByline(rest)) {
        String line = TitleLabels.strip(rest.remove(0).text());
        found.add(MetadataSources.text(TITLE, HEADLINE, List.of(line)));
      }
      return true;
    }
    if (!rest.isEmpty() && titleLike(rest.get(0))) {
      String line = TitleLabels.strip(rest.remove(0).text());
      found.add(MetadataSources.text(TITLE, "text:first-line", List.of(line)));
      return true;
    }
    return false;
  }

  /**
   * Whether a title-like line begins with the title and goes on ({@code Station Road closure
   * extended to June as gas main work widens} under the subject {@code Station Road closure
   * extended to June}): the title was cut short, and the line is the headline.
   */
  private static boolean saysMore(Unit unit, String title) {
    String line = TextCleaner.fold(TitleLabels.strip(unit.text()));
    String start = TextCleaner.fold(title);
    return !start.isEmpty() && line.startsWith(start + " ") && titleLike(unit);
  }

  /**
   * Whether the text opens with a headline over a named byline ({@code Pellham pier to reopen in
   * May…}, then {@code By Ines Varga}): a story filed by e-mail under a subject such as {@code pier
   * story for Sat} carries its own title.
   */
  private static boolean headlineOverByline(List<Unit> rest) {
    return rest.size() >= 2
        && titleLike(rest.get(0))
        && Bylines.parse(rest.get(1).text()).filter(Bylines.Byline::named).isPresent();
  }

  static boolean titleLike(Unit unit) {
    String t = unit.text();
    int words = unit.words();
    return words >= 1
        && words <= TITLE_MAX_WORDS
        && !ENDS_CLAUSE.matcher(t).matches()
        && unit.kind() != BlockKind.LIST
        && unit.kind() != BlockKind.CAPTION
        && unit.kind() != BlockKind.TABLE
        && metadata(t).isEmpty()
        && emptyByline(t).isEmpty();
  }

  private static boolean isStandfirst(
      Unit unit, Unit next, Optional<Found> standfirst, List<String> propertyAuthors) {
    if (standfirst.isPresent()) {
      return repeats(unit.text(), standfirst.get().value());
    }
    String t = unit.text();
    if (unit.kind() != BlockKind.PARAGRAPH
        || unit.words() < STANDFIRST_MIN_WORDS
        || unit.words() > STANDFIRST_MAX_WORDS
        || t.endsWith(":")
        || SENTENCE_BREAK.split(t).length > 2) {
      return false;
    }
    boolean anchored =
        next != null
            && (!metadata(next.text()).isEmpty()
                || emptyByline(next.text()).isPresent()
                || NameLines.confirmed(next, propertyAuthors));
    return anchored || !t.endsWith(".") && unit.words() <= UNANCHORED_STANDFIRST_MAX_WORDS;
  }

  /** Whether a line is the given value (as a title or standfirst repeated in the text). */
  static boolean repeats(String line, String value) {
    String l = TextCleaner.fold(TitleLabels.strip(line));
    String v = TextCleaner.fold(value);
    return !v.isEmpty()
        && (l.equals(v) || SPACED_SEPARATOR.matcher(line).matches() && l.startsWith(v));
  }

  /** Cuts a date or dateline glued to the first paragraph; returns the dateline text, if any. */
  private static String unglue(List<Unit> rest, List<Found> found) {
    for (int i = 0; i < rest.size(); i++) {
      Unit unit = rest.get(i);
      if (passedOver(unit)) {
        continue;
      }
      Optional<MetadataLines.Glued> glued = MetadataLines.glued(unit.text());
      if (glued.isEmpty()) {
        return null;
      }
      rest.set(i, unit.withText(glued.get().rest()));
      if (glued.get().date() != null) {
        found.add(MetadataSources.text(PUBLISHED, "text:glued-date", List.of(glued.get().date())));
      }
      if (glued.get().agency() != null) {
        found.add(
            MetadataSources.text(AUTHORS, "text:dateline-agency", List.of(glued.get().agency())));
      }
      return glued.get().cut();
    }
    return null;
  }
}
