package dev.tsuzuri.write;

import dev.tsuzuri.outline.Metadata;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How a document's dates read, the same in every format (the HTML and PDF title block, the Word
 * title block, the title slide and the slide footer): the long date of the document's language,
 * "2018年3月13日" for {@code ja}, "March 13, 2018" for {@code en}, English when the note names no
 * language. Machine-read properties (PDF and Office metadata) keep their ISO dates.
 */
public final class DateStyle {
  private DateStyle() {}

  /** A date in the language's long style. */
  public static String format(LocalDate date, String lang) {
    Locale locale = lang == null || lang.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(lang);
    return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
  }

  /** The document's publication date, or "" when it has none. */
  public static String date(Metadata meta) {
    return meta.date() == null ? "" : format(meta.date().toLocalDate(), meta.lang());
  }

  /**
   * The publication date with the last modification when that was on another day:
   * "2018年3月13日（更新 2018年4月1日）", "March 13, 2018 (updated April 1, 2018)"; "" without a
   * date.
   */
  public static String dateLine(Metadata meta) {
    String date = date(meta);
    OffsetDateTime lastmod = meta.lastmod();
    if (date.isEmpty() || lastmod == null
        || lastmod.toLocalDate().equals(meta.date().toLocalDate())) {
      return date;
    }
    String updated = format(lastmod.toLocalDate(), meta.lang());
    return meta.isJapanese() ? date + "（更新 " + updated + "）"
        : date + " (updated " + updated + ")";
  }
}
