package dev.tsuzuri.read.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front-matter dates as Hugo accepts them, keeping the written offset: {@code 2018-03-13},
 * {@code 2018-03-13T23:22:42+09:00}, {@code 2018-03-13 23:22:42 +0900}, {@code …Z}.
 */
final class Dates {
  private static final Pattern SPACED = Pattern.compile(
      "(\\d{4}-\\d{1,2}-\\d{1,2})[T ]+(\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*"
          + "(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?(?:\\s+[A-Z]{2,5})?");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private Dates() {}

  /** The value as a date-time, or null when it is not one. */
  static OffsetDateTime parse(Object value, ZoneId zone) {
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof LocalDateTime l) {
      return l.atZone(zone).toOffsetDateTime();
    }
    if (value instanceof LocalDate d) {
      return d.atStartOfDay(zone).toOffsetDateTime();
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(zone).toOffsetDateTime();
    }
    if (!(value instanceof String s)) {
      return null;
    }
    return parse(s.strip(), zone);
  }

  private static OffsetDateTime parse(String s, ZoneId zone) {
    try {
      Matcher d = DATE.matcher(s);
      if (d.matches()) {
        return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
            Integer.parseInt(d.group(3))).atStartOfDay(zone).toOffsetDateTime();
      }
      Matcher m = SPACED.matcher(s);
      if (m.matches()) {
        String date = pad(m.group(1));
        String time = m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2);
        if (time.length() == 5) {
          time += ":00";
        }
        String offset = m.group(3);
        LocalDateTime local = LocalDateTime.parse(date + "T" + time);
        if (offset == null) {
          return local.atZone(zone).toOffsetDateTime();
        }
        return OffsetDateTime.parse(date + "T" + time + normalizeOffset(offset));
      }
      return ZonedDateTime.parse(s).toOffsetDateTime();
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String pad(String date) {
    String[] parts = date.split("-");
    return parts[0] + "-" + (parts[1].length() == 1 ? "0" : "") + parts[1] + "-"
        + (parts[2].length() == 1 ? "0" : "") + parts[2];
  }

  private static String normalizeOffset(String offset) {
    if (offset.equals("Z")) {
      return "Z";
    }
    if (offset.length() == 3) {
      return offset + ":00";
    }
    if (offset.length() == 5) {
      return offset.substring(0, 3) + ":" + offset.substring(3);
    }
    return offset;
  }
}
