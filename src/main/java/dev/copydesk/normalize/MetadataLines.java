package dev.copydesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines (or line beginnings) that state metadata rather than article text: labelled dates, a
 * name-and-date footer, a date or wire dateline glued to the first paragraph, an author bio.
 */
final class MetadataLines {

  /**
   * A date a line states; {@code updated} when it is a revision date, not the first publication.
   */
  record Dated(String date, boolean updated) {}

  /** A footer such as {@code Ed Morrissey 10:00 PM | November 20, 2024}. */
  record Footer(List<String> names, String date) {}

  /**
   * Metadata cut from the start of a paragraph: the cut text, its date (null when it has no year)
   * and the paragraph that remains.
   */
  record Glued(String cut, String date, String agency, String rest) {}

  /**
   * A line of metadata in segments, as sites print them under a headline: {@code March 3, 2025 | By
   * Jane Doe}, {@code Harlan Gazette | Published March 3, 2025 • Updated March 4, 2025 | By Jane
   * Doe}. {@code date} is the first publication (null when only an update is dated).
   */
  record Stamp(List<String> names, String date) {}

  /** An author bio: {@code NAME is an investigative editor at X.} */
  record Bio(String name, String role) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String LABEL =
      "(?<label>date|dated|(?:first )?published(?: on)?|posted(?: on)?|(?:last )?updated(?: on)?"
          + "|last modified"
          + "|publié(?: le)?|veröffentlicht(?: am)?|publicado(?: el| em)?|pubblicato(?: il)?"
          + "|gepubliceerd(?: op)?"
          + "|mis à jour(?: le)?|aktualisiert(?: am)?|actualizado(?: el)?|aggiornato(?: il)?"
          + "|atualizado(?: em)?|bijgewerkt(?: op)?)\\s*:?\\s*";

  /** The labels of {@link #LABEL} that date a revision, not the first publication. */
  private static final Pattern REVISION_LABEL =
      Pattern.compile(
          "updated|modified|mis à jour|aktualisiert|actualizado|aggiornato|atualizado|bijgewerkt",
          FLAGS);

  private static final String DATE = "(?<date>" + DateParser.ANY + ")";
  private static final String SEPARATOR = "\\s*(?:[—–-]+|:|\\|)\\s*";

  private static final Pattern LABELLED = Pattern.compile("^" + LABEL + DATE + "[.,]?$", FLAGS);
  private static final String FOOTER_SEPARATORS = "|·•—–";
  private static final Pattern FOOTER =
      Pattern.compile(
          "^(?<name>[^"
              + FOOTER_SEPARATORS
              + "\\d]{2,60}?)"
              + "(?:\\s+\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?"
              + "(?:\\s+(?-i:[A-Z]{2,4}))?)?\\s*["
              + FOOTER_SEPARATORS
              + "]\\s*"
              + DATE
              + "$",
          FLAGS);

  /** Glued openings, most specific first. */
  private static final List<Pattern> GLUED =
      List.of(
          Pattern.compile("^" + LABEL + DATE + "(?:" + SEPARATOR + "|\\s+)(?=\\S)", FLAGS),
          Pattern.compile("^" + DATE + SEPARATOR + "(?=\\S)", FLAGS),
          Pattern.compile(
              "^(?<place>\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]+)?),\\s+"
                  + "(?<date>"
                  + DateParser.ANY
                  + "|"
                  + DateParser.MONTH
                  + "\\s+\\d{1,2})\\s*(?:\\((?<agency>[^)]{1,40})\\)|/[^/\\s][^/]{0,39}/)?"
                  + SEPARATOR
                  + "(?=\\S)"),
          Pattern.compile(
              "^(?<place>\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]+)?)"
                  + "\\s*\\((?<agency>[^)]{1,40})\\)\\s*[—–-]+\\s*(?=\\S)"));

  /** News agencies a dateline credits: {@code WASHINGTON, March 4 (Reuters) -}. */
  private static final Pattern DATELINE_AGENCY =
      Pattern.compile(
          "reuters|ap|associated press|afp|agence france-presse|bloomberg|dpa|upi|xinhua|kyodo"
              + "|yonhap|efe|ansa|aap|pa|cp|the canadian press|press association",
          Pattern.CASE_INSENSITIVE);

  /** A blog's stamp: {@code Posted by A on DATE}, {@code Posted on DATE by A}. */
  private static final Pattern POSTED =
      Pattern.compile(
          "^(?:posted|published|written)\\s+(?:(?:on\\s+)?(?<date>"
              + DateParser.ANY
              + ")\\s+by\\s+(?<name>.+?)|by\\s+(?<name2>.+?)\\s+on\\s+(?<date2>"
              + DateParser.ANY
              + "))\\.?$",
          FLAGS);

  private static final List<String> POSTED_WORDS = List.of("posted ", "published ", "written ");

  private static final String MASTHEAD_WORD = "(?:\\p{Lu}[\\p{L}'’&.-]*|of|the|de|le|la|du)";

  /** The publication a stamp line may open with: {@code Harlan Gazette}, {@code Le Monde}. */
  private static final Pattern MASTHEAD =
      Pattern.compile(MASTHEAD_WORD + "(?:\\s+" + MASTHEAD_WORD + "){0,3}");

  private static final String CONTACT = "(?:@[A-Za-z0-9_]{1,30}|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)";

  /** A line of the author's addresses: {@code jane.doe@paper.com}, {@code Follow her: @janedoe}. */
  private static final Pattern CONTACT_LINE =
      Pattern.compile(
          "^(?:(?:e-?mail|contact|twitter|follow(?: (?:her|him|them|me))?(?: on (?:twitter|x))?)"
              + "\\s*:?\\s*)?"
              + CONTACT
              + "(?:(?:\\s*[|,;/·•]\\s*|\\s+(?:and|or)\\s+)"
              + CONTACT
              + ")*\\.?$",
          FLAGS);

  /** A handle or address after a byline's names: {@code Jane Doe @janedoe}. */
  private static final Pattern CONTACT_TAIL =
      Pattern.compile("[\\s,;]+[(\\[]?" + CONTACT + "[)\\]]?\\s*$");

  private static final Pattern BIO =
      Pattern.compile("^(?<name>[^,.;:]{3,60}?) is (?<role>(?:an?|the|one|currently)\\s.+)$");
  private static final int BIO_MAX_WORDS = 80;

  private MetadataLines() {}

  /** {@code date 2022-05-17}, {@code Published March 3, 2025}, {@code Updated: ...}. */
  static Optional<Dated> labelledDate(String line) {
    Matcher m = LABELLED.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean updated = REVISION_LABEL.matcher(m.group("label")).find();
    return DateParser.parse(m.group("date")).map(d -> new Dated(d, updated));
  }

  /** A line that is only a date. */
  static Optional<String> bareDate(String line) {
    return DateParser.parse(line);
  }

  static Optional<Footer> footer(String line) {
    if (!hasFooterSeparator(line)) {
      return Optional.empty(); // what almost every line is told, without the regex
    }
    Matcher m = FOOTER.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<String> date = DateParser.parse(m.group("date"));
    return date.flatMap(d -> Names.list(m.group("name")).map(names -> new Footer(names, d)));
  }

  /** Metadata glued to the start of a paragraph, when there is some and text remains. */
  static Optional<Glued> glued(String paragraph) {
    for (Pattern p : GLUED) {
      Matcher m = p.matcher(paragraph);
      if (m.lookingAt()) {
        String cut = paragraph.substring(0, m.end()).strip();
        String date = hasGroup(p, "date") ? DateParser.parse(m.group("date")).orElse(null) : null;
        String agency = hasGroup(p, "agency") ? agency(m.group("agency")) : null;
        return Optional.of(new Glued(cut, date, agency, paragraph.substring(m.end()).strip()));
      }
    }
    return Optional.empty();
  }

  /** The news agency a dateline's brackets credit, else null ({@code (CNN)} is an outlet). */
  private static String agency(String bracketed) {
    return bracketed != null && DATELINE_AGENCY.matcher(bracketed.strip()).matches()
        ? bracketed.strip()
        : null;
  }

  static Optional<Bio> bio(String text) {
    if (TextCleaner.hasMoreWords(text, BIO_MAX_WORDS)) {
      return Optional.empty();
    }
    Matcher m = BIO.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String role = m.group("role");
    return Names.name(m.group("name"))
        .filter(name -> name.contains(" "))
        .map(name -> new Bio(name, role));
  }

  /**
   * A stamp line: a blog's {@code Posted by A on DATE}, or two segments or more, each a byline
   * ({@code Par} and the like read as {@code By}), a date or a labelled date, the first maybe the
   * publication's name, and a byline or a date among them.
   */
  static Optional<Stamp> stamp(String line) {
    Optional<Stamp> posted = posted(line.strip());
    if (posted.isPresent()) {
      return posted;
    }
    if (!hasFooterSeparator(line)) {
      return Optional.empty();
    }
    String[] segments = Bylines.SEGMENTS.split(line.strip());
    if (segments.length < 2) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    String date = null;
    boolean stated = false;
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      Optional<Bylines.Byline> byline = Bylines.parse(Bylines.inEnglish(segment));
      Optional<Dated> dated =
          labelledDate(segment).or(() -> bareDate(segment).map(d -> new Dated(d, false)));
      if (byline.filter(Bylines.Byline::named).isPresent()) {
        names.addAll(byline.get().names());
        stated = true;
      } else if (dated.isPresent()) {
        date = date == null && !dated.get().updated() ? dated.get().date() : date;
        stated = true;
      } else if (i > 0 || !MASTHEAD.matcher(segment).matches()) {
        return Optional.empty();
      }
    }
    return stated ? Optional.of(new Stamp(List.copyOf(names), date)) : Optional.empty();
  }

  private static Optional<Stamp> posted(String line) {
    if (!opensWithPostedWord(line)) {
      return Optional.empty(); // what almost every line is told, without the regex
    }
    Matcher m = POSTED.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group("name") != null ? m.group("name") : m.group("name2");
    String date = m.group("date") != null ? m.group("date") : m.group("date2");
    return Bylines.parse("By " + name)
        .filter(Bylines.Byline::named)
        .flatMap(b -> DateParser.parse(date).map(d -> new Stamp(b.names(), d)));
  }

  /** Whether a line holds only the author's addresses (see {@link #CONTACT_LINE}). */
  static boolean isContactLine(String line) {
    return line.length() < 200 && CONTACT_LINE.matcher(line.strip()).matches();
  }

  /** A byline without the handle or address after its names. */
  static String withoutContact(String byline) {
    return byline.indexOf('@') < 0 ? byline : CONTACT_TAIL.matcher(byline).replaceFirst("");
  }

  /** Whether a line only states metadata (used to decide that a line break is hard). */
  static boolean isMetadataLine(String line) {
    return labelledDate(line).isPresent()
        || footer(line).isPresent()
        || Bylines.isByline(line)
        || stamp(line).isPresent();
  }

  private static boolean opensWithPostedWord(String line) {
    for (String word : POSTED_WORDS) {
      if (line.regionMatches(true, 0, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  /** {@link #FOOTER} needs one of these between the name and the date. */
  private static boolean hasFooterSeparator(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (FOOTER_SEPARATORS.indexOf(line.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasGroup(Pattern p, String name) {
    return p.pattern().contains("(?<" + name + ">");
  }
}
