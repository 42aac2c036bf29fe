package dev.tsuzuri.site;

import dev.tsuzuri.outline.Metadata;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The site paths Hugo publishes a page at: its URL ({@code url} from the front matter, else the
 * {@code permalinks} pattern of its section, else its path below the content folder with {@code
 * slug} for its name), below its language's prefix on a multilingual site, and its {@code
 * aliases}. Paths are compared as Hugo writes them: lower case, spaces as hyphens.
 */
public final class PageUrls {
  private PageUrls() {}

  /**
   * A page's content path: its file below the content folder of its language (or the site's),
   * with {@code /} and without a language suffix ({@code posts/trip/index.md}); null for a file
   * outside them.
   */
  public static String contentPath(Site site, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path dir = site.languageOf(abs).map(Language::contentDir).filter(abs::startsWith)
        .orElse(site.contentDir());
    if (!abs.startsWith(dir)) {
      return null;
    }
    String rel = dir.relativize(abs).toString().replace('\\', '/');
    // index.en.md is index.md of the English site
    for (String lang : site.languages().keySet()) {
      for (String ext : List.of(".md", ".markdown")) {
        String suffix = "." + lang + ext;
        if (rel.toLowerCase(Locale.ROOT).endsWith(suffix)) {
          return rel.substring(0, rel.length() - suffix.length()) + ext;
        }
      }
    }
    return rel;
  }

  /** The page's URL path ({@code /posts/2019/06/cloud-study/}), or null outside the content. */
  public static String url(Site site, Path file, Metadata meta) {
    String content = contentPath(site, file);
    if (content == null) {
      return null;
    }
    String prefix = languagePrefix(site, file);
    Object url = meta.extra().get("url");
    if (url instanceof String u && !u.isBlank()) {
      String p = u.strip();
      return normalize(p.startsWith("/") ? p : prefix + "/" + p);
    }
    String noExt = content.replaceFirst("\\.(md|markdown)$", "");
    String[] parts = noExt.split("/");
    boolean bundle = parts.length > 1 && (parts[parts.length - 1].equals("index")
        || parts[parts.length - 1].equals("_index"));
    boolean branch = parts[parts.length - 1].equals("_index");
    String name = bundle ? parts[parts.length - 2] : parts[parts.length - 1];
    List<String> sections = new ArrayList<>(List.of(parts).subList(0,
        parts.length - (bundle ? 2 : 1)));
    if (branch || (parts.length == 1 && name.equals("_index"))) {
      // a section's list page: its folder
      List<String> folder = new ArrayList<>(sections);
      if (bundle) {
        folder.add(name);
      }
      return normalize(prefix + "/" + String.join("/", folder) + "/");
    }
    String slug = text(meta.extra().get("slug"));
    String section = sections.isEmpty() ? "" : sections.get(0);
    String pattern = site.permalinks().get(section.toLowerCase(Locale.ROOT));
    if (pattern == null) {
      String last = slug.isEmpty() ? name : slug;
      return normalize(prefix + "/" + join(sections) + "/" + last + "/");
    }
    return normalize(prefix + "/" + expand(pattern, meta, sections, name, slug));
  }

  /** The page's {@code aliases}, as site paths. */
  public static List<String> aliases(Site site, Path file, Metadata meta) {
    List<String> out = new ArrayList<>();
    Object a = meta.extra().get("aliases");
    List<?> list = a instanceof List<?> l ? l : a instanceof String s ? List.of(s) : List.of();
    String prefix = languagePrefix(site, file);
    for (Object o : list) {
      String s = text(o);
      if (!s.isEmpty()) {
        out.add(normalize(s.startsWith("/") ? s : prefix + "/" + s));
      }
    }
    return out;
  }

  /**
   * A site path as Hugo writes it, for comparing: decoded segments, no {@code .} or {@code ..},
   * lower case, spaces as hyphens, one trailing slash kept as written.
   */
  public static String normalize(String path) {
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    for (String part : path.replace('\\', '/').split("/", -1)) {
      if (part.equals("..")) {
        segments.pollLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        segments.addLast(part.toLowerCase(Locale.ROOT).replace(' ', '-'));
      }
    }
    String joined = "/" + String.join("/", segments);
    boolean file = !segments.isEmpty() && segments.peekLast().contains(".");
    return joined.equals("/") || file ? joined : joined + "/";
  }

  /** The text without its leading and trailing slashes (and backslashes, read as slashes). */
  public static String trimSlashes(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == '/' || s.charAt(start) == '\\')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == '/' || s.charAt(end - 1) == '\\')) {
      end--;
    }
    return s.substring(start, end).replace('\\', '/');
  }

  /** "/en" for a page of a language other than the default one on a multilingual site. */
  private static String languagePrefix(Site site, Path file) {
    if (!site.multilingual()) {
      return "";
    }
    return site.languageOf(file).map(Language::key)
        .filter(k -> !k.equalsIgnoreCase(site.defaultContentLanguage()))
        .map(k -> "/" + k).orElse("");
  }

  private static String expand(String pattern, Metadata meta, List<String> sections,
      String filename, String slug) {
    OffsetDateTime d = meta.date();
    String title = urlize(meta.title());
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c != ':') {
        out.append(c);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < pattern.length() && Character.isLetter(pattern.charAt(j))) {
        j++;
      }
      String token = pattern.substring(i + 1, j).toLowerCase(Locale.ROOT);
      String value = switch (token) {
        case "year" -> d == null ? "" : String.format("%04d", d.getYear());
        case "month" -> d == null ? "" : String.format("%02d", d.getMonthValue());
        case "monthname" -> d == null ? "" : d.getMonth().getDisplayName(TextStyle.FULL,
            Locale.ENGLISH).toLowerCase(Locale.ROOT);
        case "day" -> d == null ? "" : String.format("%02d", d.getDayOfMonth());
        case "weekday" -> d == null ? "" : Integer.toString(d.getDayOfWeek().getValue() % 7);
        case "weekdayname" -> d == null ? "" : d.getDayOfWeek().getDisplayName(TextStyle.FULL,
            Locale.ENGLISH).toLowerCase(Locale.ROOT);
        case "yearday" -> d == null ? "" : Integer.toString(d.getDayOfYear());
        case "section" -> sections.isEmpty() ? "" : sections.get(0);
        case "sections" -> join(sections);
        case "title" -> title;
        case "slug" -> slug.isEmpty() ? title : urlize(slug);
        case "filename", "contentbasename" -> filename;
        case "slugorfilename", "slugorcontentbasename" -> slug.isEmpty() ? filename : slug;
        default -> null;
      };
      if (value == null) {
        // not a token Hugo knows: kept as written
        out.append(pattern, i, j);
      } else {
        out.append(value);
      }
      i = j;
    }
    return out.toString();
  }

  /** Hugo's urlize, near enough: lower case, spaces as hyphens, no punctuation but - _ . */
  static String urlize(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        b.append('-');
      } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  private static String join(List<String> parts) {
    return String.join("/", parts);
  }

  private static String text(Object o) {
    return o == null || o instanceof java.util.Map || o instanceof java.util.Collection ? ""
        : String.valueOf(o).strip();
  }
}
