package dev.copydesk.normalize;

import static dev.copydesk.normalize.MetadataSources.Field.PUBLISHED;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An agency dateline names the day without the year ({@code WASHINGTON, March 4 (Reuters) -}).
 * Alone it is no date: copydesk never invents a year. With the file's own creation date (an
 * e-mail's sent date, a document's created date) a week or less from that day, the year is known,
 * and the day is the story's: a publication date with medium confidence, where the creation date
 * alone is low.
 */
final class DatelineDates {

  static final String SOURCE = "text:dateline-date";

  /** How far the dateline's day may be from the file's creation date. */
  static final int MAX_DAYS_APART = 7;

  private static final Pattern MONTH_DAY =
      Pattern.compile(
          ",\\s*(" + DateParser.MONTH + ")\\s+(\\d{1,2})\\b(?!,?\\s*\\d{4})",
          Pattern.CASE_INSENSITIVE);

  private static final List<String> CREATION_SOURCES =
      List.of("dcterms:created", "meta:creation-date");

  private DatelineDates() {}

  /** The dateline's day in the year of the nearby creation date, if there is one. */
  static Optional<Found> resolve(String dateline, List<Found> found) {
    if (dateline == null) {
      return Optional.empty();
    }
    var monthDay = MONTH_DAY.matcher(dateline);
    Optional<LocalDate> created = creationDate(found);
    if (!monthDay.find() || created.isEmpty()) {
      return Optional.empty();
    }
    for (int offset = -1; offset <= 1; offset++) {
      Optional<LocalDate> day =
          day(created.get().getYear() + offset, monthDay.group(1), monthDay.group(2));
      if (day.isPresent()
          && Math.abs(ChronoUnit.DAYS.between(day.get(), created.get())) <= MAX_DAYS_APART) {
        return Optional.of(MetadataSources.text(PUBLISHED, SOURCE, List.of(day.get().toString())));
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> creationDate(List<Found> found) {
    return found.stream()
        .filter(f -> f.field() == PUBLISHED && CREATION_SOURCES.contains(f.source()))
        .findFirst()
        .flatMap(f -> isoDay(f.value()));
  }

  private static Optional<LocalDate> isoDay(String value) {
    try {
      return Optional.of(LocalDate.parse(value.substring(0, Math.min(10, value.length()))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> day(int year, String month, String day) {
    try {
      return Optional.of(
          LocalDate.of(year, Integer.parseInt(DateParser.month(month)), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
