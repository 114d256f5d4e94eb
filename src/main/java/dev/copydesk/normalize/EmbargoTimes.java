package dev.copydesk.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When an embargo lifts, read from its notice: the time and the zone it names ({@code 00:01 GMT},
 * {@code 10 a.m. ET}, {@code 0001 hrs GMT}, {@code midnight CET}) on the day it names. A zone
 * abbreviation stands for its region, so {@code ET} is New York time with its summer offset
 * whichever of EST or EDT the issuer wrote. No zone, or no day, and the moment is not read: a
 * notice without them does not say when it lifts for everyone.
 */
final class EmbargoTimes {

  private static final Map<String, ZoneId> ZONES =
      Map.ofEntries(
          Map.entry("GMT", ZoneId.of("UTC")),
          Map.entry("UTC", ZoneId.of("UTC")),
          Map.entry("BST", ZoneId.of("Europe/London")),
          Map.entry("UK TIME", ZoneId.of("Europe/London")),
          Map.entry("LONDON TIME", ZoneId.of("Europe/London")),
          Map.entry("WET", ZoneId.of("Europe/Lisbon")),
          Map.entry("WEST", ZoneId.of("Europe/Lisbon")),
          Map.entry("CET", ZoneId.of("Europe/Brussels")),
          Map.entry("CEST", ZoneId.of("Europe/Brussels")),
          Map.entry("EET", ZoneId.of("Europe/Athens")),
          Map.entry("EEST", ZoneId.of("Europe/Athens")),
          Map.entry("ET", ZoneId.of("America/New_York")),
          Map.entry("EST", ZoneId.of("America/New_York")),
          Map.entry("EDT", ZoneId.of("America/New_York")),
          Map.entry("CT", ZoneId.of("America/Chicago")),
          Map.entry("CST", ZoneId.of("America/Chicago")),
          Map.entry("CDT", ZoneId.of("America/Chicago")),
          Map.entry("MT", ZoneId.of("America/Denver")),
          Map.entry("MST", ZoneId.of("America/Denver")),
          Map.entry("MDT", ZoneId.of("America/Denver")),
          Map.entry("PT", ZoneId.of("America/Los_Angeles")),
          Map.entry("PST", ZoneId.of("America/Los_Angeles")),
          Map.entry("PDT", ZoneId.of("America/Los_Angeles")),
          Map.entry("AEST", ZoneId.of("Australia/Sydney")),
          Map.entry("AEDT", ZoneId.of("Australia/Sydney")),
          Map.entry("JST", ZoneId.of("Asia/Tokyo")),
          Map.entry("SGT", ZoneId.of("Asia/Singapore")),
          Map.entry("HKT", ZoneId.of("Asia/Hong_Kong")));

  /**
   * A zone as written: the abbreviations in capitals only ({@code et} is a word in French), longest
   * first.
   */
  private static final String ZONE =
      "\\(?(?<zone>(?-i:"
          + ZONES.keySet().stream()
              .filter(k -> !k.contains(" "))
              .sorted(Comparator.comparing(String::length).reversed())
              .collect(Collectors.joining("|"))
          + ")|UK time|London time)\\b\\)?";

  private static final String HOURS = "\\s*(?:hrs\\b|hours\\b|h\\b)?\\s*";

  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d:.])(?:(?<h>\\d{1,2})(?:[:.](?<m>[0-5]\\d))?\\s*(?<ampm>[ap])\\.?\\s?m\\b\\.?"
              + "|(?<h24>[01]?\\d|2[0-3])[:.](?<m24>[0-5]\\d)"
              + "|(?<hhmm>[01]\\d[0-5]\\d|2[0-3][0-5]\\d)(?=\\s*(?:hrs|hours|h|gmt|utc)\\b)"
              + "|(?<word>noon|midnight))"
              + HOURS
              + ZONE,
          Pattern.CASE_INSENSITIVE);

  private EmbargoTimes() {}

  /**
   * The moment the embargo lifts, as an ISO instant in UTC ({@code 2025-03-05T00:01:00Z}), when the
   * notice names a time with its zone and {@code isoDate} the day; else empty.
   */
  static Optional<String> lifts(String notice, String isoDate) {
    if (isoDate == null) {
      return Optional.empty();
    }
    Matcher time = TIME.matcher(notice);
    while (time.find()) {
      Optional<LocalTime> local = localTime(time);
      if (local.isPresent() && !time.group(0).strip().startsWith(isoDate.substring(0, 4))) {
        ZoneId zone = ZONES.get(time.group("zone").toUpperCase(Locale.ROOT));
        LocalDate day = LocalDate.parse(isoDate);
        return Optional.of(day.atTime(local.get()).atZone(zone).toInstant().toString());
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalTime> localTime(Matcher time) {
    try {
      if (time.group("word") != null) {
        boolean noon = time.group("word").equalsIgnoreCase("noon");
        return Optional.of(noon ? LocalTime.NOON : LocalTime.MIDNIGHT);
      }
      if (time.group("hhmm") != null) {
        String hhmm = time.group("hhmm");
        return Optional.of(
            LocalTime.of(
                Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(2))));
      }
      if (time.group("h24") != null) {
        return Optional.of(
            LocalTime.of(Integer.parseInt(time.group("h24")), Integer.parseInt(time.group("m24"))));
      }
      int hour = Integer.parseInt(time.group("h"));
      int minute = time.group("m") == null ? 0 : Integer.parseInt(time.group("m"));
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      boolean pm = time.group("ampm").equalsIgnoreCase("p");
      return Optional.of(LocalTime.of(hour % 12 + (pm ? 12 : 0), minute));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
