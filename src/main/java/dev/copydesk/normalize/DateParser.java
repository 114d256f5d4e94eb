package dev.copydesk.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date written the ways articles and document properties write them, as a table of
 * (pattern, reader). Output is an ISO date ({@code 2024-11-20}), or a full ISO-8601 timestamp when
 * the text carries a zone or offset: a local time without a zone cannot be placed, so only its date
 * is kept. Ambiguous numeric dates ({@code 03/04/2025}) and dates without a year are not dates:
 * never invent.
 */
final class DateParser {

  static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

  /**
   * Months in French, German, Spanish, Italian, Portuguese and Dutch, with the abbreviations French
   * prints ({@code janv.}, {@code févr.}): dates written day first ({@code 3 mars 2025}, {@code 3.
   * März 2025}, {@code 3 de marzo de 2025}).
   */
  private static final Map<String, Integer> FOREIGN_MONTHS = foreignMonths();

  private static final String FOREIGN_MONTH =
      "(?:"
          + String.join(
              "|",
              FOREIGN_MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
          + ")\\.?";

  private static final String WEEKDAY =
      "(?:(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\\.?"
          + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
          + "|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
          + "|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
          + "|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
          + "|(?:segunda|terça|quarta|quinta|sexta)-feira"
          + "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\\s+)?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final String TIME =
      "(?:,?\\s+(?:(?:at|à|um|a las|alle|às|om)\\s+)?\\d{1,2}[:.h]\\d{2}(?::\\d{2})?"
          + "\\s*(?:[ap]\\.?m\\.?|Uhr)?(?:\\s+(?-i:[A-Z]{2,4})\\b)?)?";

  private static final String ISO =
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T"
          + " ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z| ?[+-]\\d{2}:?\\d{2})?)?";
  private static final String MDY = "(" + MONTH + ")\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})";
  private static final String DMY = "(\\d{1,2})" + ORDINAL + "\\s+(" + MONTH + "),?\\s+(\\d{4})";
  private static final String DMY_FOREIGN =
      "(\\d{1,2})(?:er|\\.)?\\s+(?:de\\s+)?(" + FOREIGN_MONTH + "),?\\s+(?:de\\s+)?(\\d{4})";
  private static final String YMD_SLASH = "(\\d{4})/(\\d{1,2})/(\\d{1,2})";
  private static final String DMY_DOT = "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})";
  private static final String NUMERIC_SLASH = "(\\d{1,2})/(\\d{1,2})/(\\d{4})";

  /** A time before the date, as some sites print it: {@code 9:15 AM EST, Mon March 3, 2025}. */
  private static final String LEADING_TIME =
      "(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+(?-i:[A-Z]{2,4}))?,?\\s+(?=\\S))?";

  /** Any date this class reads, for embedding in larger patterns: refer to it by a named group. */
  static final String ANY =
      LEADING_TIME
          + WEEKDAY
          + "(?:"
          + String.join("|", List.of(ISO, MDY, DMY, DMY_FOREIGN, YMD_SLASH, DMY_DOT, NUMERIC_SLASH))
          + ")"
          + TIME;

  private record Format(Pattern pattern, Function<Matcher, Optional<String>> reader) {}

  private static final List<Format> TABLE =
      List.of(
          format(ISO, DateParser::iso),
          format(MDY, m -> date(m.group(3), month(m.group(1)), m.group(2))),
          format(DMY, m -> date(m.group(3), month(m.group(2)), m.group(1))),
          format(DMY_FOREIGN, m -> date(m.group(3), foreignMonth(m.group(2)), m.group(1))),
          format(YMD_SLASH, m -> date(m.group(1), m.group(2), m.group(3))),
          format(DMY_DOT, m -> date(m.group(3), m.group(2), m.group(1))),
          format(NUMERIC_SLASH, DateParser::numericSlash));

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final Pattern TIME_PREFIX =
      Pattern.compile(LEADING_TIME + WEEKDAY, Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_SUFFIX = Pattern.compile(TIME, Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]+$");
  private static final Pattern NUMERIC_ZONE = Pattern.compile("[+-]\\d{4}");
  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private DateParser() {}

  /**
   * The date the whole text states (an optional time and weekday before, a time after), else empty.
   */
  static Optional<String> parse(String text) {
    String s = TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll("");
    Matcher before = TIME_PREFIX.matcher(s);
    if (before.lookingAt()) {
      s = s.substring(before.end());
    }
    for (Format f : TABLE) {
      Matcher m = f.pattern().matcher(s);
      if (m.lookingAt() && timeOnly(s.substring(m.end()))) {
        return f.reader().apply(m);
      }
    }
    return Optional.empty();
  }

  private static boolean timeOnly(String rest) {
    return rest.isBlank() || TIME_SUFFIX.matcher(rest).matches();
  }

  private static Format format(String regex, Function<Matcher, Optional<String>> reader) {
    return new Format(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), reader);
  }

  private static Optional<String> iso(Matcher m) {
    if (m.group(5) == null) {
      return date(m.group(1), m.group(2), m.group(3));
    }
    String time = m.group(4).length() == 5 ? m.group(4) + ":00" : m.group(4);
    String offset = m.group(5).strip();
    String zone =
        NUMERIC_ZONE.matcher(offset).matches()
            ? offset.substring(0, 3) + ":" + offset.substring(3)
            : offset;
    try {
      String stamp = m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "T" + time + zone;
      return Optional.of(OffsetDateTime.parse(stamp).format(FULL));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code 11/20/2024} is US order, {@code 20/11/2024} European; {@code 3/4/2025} is neither. */
  private static Optional<String> numericSlash(Matcher m) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    if (a > 12 && b <= 12) {
      return date(m.group(3), m.group(2), m.group(1));
    }
    if (b > 12 && a <= 12) {
      return date(m.group(3), m.group(1), m.group(2));
    }
    return Optional.empty();
  }

  /** The month number ({@code "3"}) of an English month name or abbreviation. */
  static String month(String name) {
    return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
  }

  private static String foreignMonth(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    return String.valueOf(FOREIGN_MONTHS.get(key));
  }

  private static Map<String, Integer> foreignMonths() {
    String[] byMonth = {
      "janvier janv januar jänner enero gennaio janeiro januari",
      "février févr fevrier februar febrero febbraio fevereiro februari",
      "mars märz maerz marzo março maart",
      "avril avr aprile abril",
      "mai mayo maggio maio mei",
      "juin juni junio giugno junho",
      "juillet juil juli julio luglio julho",
      "août aout agosto augustus",
      "septembre sept september septiembre setiembre settembre setembro",
      "octobre oktober octubre ottobre outubro",
      "novembre noviembre novembro",
      "décembre déc decembre dezember diciembre dicembre dezembro"
    };
    Map<String, Integer> months = new HashMap<>();
    for (int i = 0; i < byMonth.length; i++) {
      for (String name : byMonth[i].split(" ")) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }

  private static Optional<String> date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1900 || y > 2100) {
        return Optional.empty();
      }
      return Optional.of(
          LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
