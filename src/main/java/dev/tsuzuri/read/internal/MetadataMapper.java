package dev.tsuzuri.read.internal;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Metadata;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Pulls the keys every writer understands out of front matter and keeps the rest as data. */
public final class MetadataMapper {
  private static final Set<String> KNOWN = Set.of("title", "description", "summary", "author",
      "authors", "date", "lastmod", "tags", "categories", "draft", "lang", "languagecode");

  private MetadataMapper() {}

  /**
   * The metadata of a note.
   *
   * @param values the parsed front matter
   * @param detectedLang the language detected from the text, used when none is given
   * @param zone the zone of dates without an offset
   */
  public static Metadata map(Map<String, Object> values, String detectedLang, ZoneId zone,
      WarningSink warnings) {
    Map<String, Object> byKey = new LinkedHashMap<>();
    Map<String, Object> extra = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      String lower = k.toLowerCase(Locale.ROOT);
      if (KNOWN.contains(lower)) {
        byKey.putIfAbsent(lower, v);
      } else {
        Object clean = immutable(v);
        if (clean != null) {
          extra.put(k, clean);
        }
      }
    });
    String description = text(byKey.get("description"));
    if (description.isEmpty()) {
      description = text(byKey.get("summary"));
    }
    List<String> authors = new ArrayList<>(strings(byKey.get("author")));
    for (String a : strings(byKey.get("authors"))) {
      if (!authors.contains(a)) {
        authors.add(a);
      }
    }
    String lang = text(byKey.get("lang"));
    if (lang.isEmpty()) {
      lang = text(byKey.get("languagecode"));
    }
    lang = lang.isEmpty() ? detectedLang : Locale.forLanguageTag(lang.replace('_', '-'))
        .toLanguageTag();
    if (lang.equals("und")) {
      lang = detectedLang;
    }
    Map<String, Object> lower = new LinkedHashMap<>();
    values.forEach((k, v) -> lower.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
    return new Metadata(text(byKey.get("title")), description, authors,
        date(byKey.get("date"), "date", zone, warnings),
        date(byKey.get("lastmod"), "lastmod", zone, warnings),
        strings(byKey.get("tags")), strings(byKey.get("categories")),
        bool(byKey.get("draft")), lang, extra, Covers.of(lower),
        date(first(lower, "publishdate", "pubdate", "published"), "publishDate", zone, warnings),
        date(first(lower, "expirydate", "unpublishdate"), "expiryDate", zone, warnings));
  }

  private static Object first(Map<String, Object> lower, String... keys) {
    for (String k : keys) {
      Object v = lower.get(k);
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }

  private static OffsetDateTime date(Object value, String key, ZoneId zone, WarningSink warnings) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    OffsetDateTime date = Dates.parse(value, zone);
    if (date == null) {
      warnings.warn(1, "front-matter " + key + " is not a date: " + value);
    }
    return date;
  }

  private static boolean bool(Object value) {
    return value instanceof Boolean b ? b
        : value instanceof String s && s.strip().equalsIgnoreCase("true");
  }

  private static String text(Object value) {
    if (value == null || value instanceof Map || value instanceof Collection) {
      return "";
    }
    return String.valueOf(value).strip();
  }

  private static List<String> strings(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof Collection<?> c) {
      for (Object o : c) {
        String s = o instanceof Map<?, ?> m && m.get("name") != null ? text(m.get("name")) : text(o);
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    } else if (value instanceof Map<?, ?> m && m.get("name") != null) {
      out.add(text(m.get("name")));
    } else {
      String s = text(value);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  /** An immutable, null-free copy of a parsed value; null when nothing is left. */
  static Object immutable(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> {
        Object clean = immutable(v);
        if (k != null && clean != null) {
          copy.put(String.valueOf(k), clean);
        }
      });
      return java.util.Collections.unmodifiableMap(copy);
    }
    if (value instanceof Collection<?> list) {
      List<Object> copy = new ArrayList<>();
      for (Object o : list) {
        Object clean = immutable(o);
        if (clean != null) {
          copy.add(clean);
        }
      }
      return List.copyOf(copy);
    }
    if (value instanceof byte[] || value instanceof TemporalAccessor
        || value instanceof java.util.Date) {
      return String.valueOf(value);
    }
    return value;
  }
}
