package dev.tsuzuri.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Hugo site as its configuration describes it: where its notes, static files, assets, themes
 * and shortcode templates are, its languages, URLs and parameters. Read by {@code site.internal.Sites};
 * every folder is absolute and normalised.
 *
 * @param root the site's top folder (the one holding {@code hugo.toml} or {@code config/})
 * @param title the site title, or ""
 * @param baseUrl {@code baseURL}, or "" when not set
 * @param languageCode {@code languageCode}, or ""
 * @param defaultContentLanguage {@code defaultContentLanguage} ("en" when not set, as in Hugo)
 * @param languages the configured languages by key, in weight order (empty for a site that
 *     configures none)
 * @param contentDir the notes' folder ({@code contentDir}, default {@code content})
 * @param staticMounts the static union, searched in order: the site's own folders, then the
 *     themes'
 * @param assetMounts the assets union ({@code assets/}), site before themes
 * @param themeDirs the themes' folders, the site's preferred theme first
 * @param permalinks {@code permalinks} patterns by section or page kind ("posts" →
 *     "/:year/:slug/")
 * @param params {@code params}, keys lower-cased as Hugo reads them
 * @param publish the site's {@code buildDrafts}, {@code buildFuture} and {@code buildExpired}
 * @param configFiles the configuration files read: a change to any of them changes the site
 */
public record Site(
    Path root,
    String title,
    String baseUrl,
    String languageCode,
    String defaultContentLanguage,
    Map<String, Language> languages,
    Path contentDir,
    List<Mount> staticMounts,
    List<Mount> assetMounts,
    List<Path> themeDirs,
    Map<String, String> permalinks,
    Map<String, Object> params,
    Publishing publish,
    List<Path> configFiles) {

  public Site {
    Objects.requireNonNull(root, "root");
    title = title == null ? "" : title;
    baseUrl = baseUrl == null ? "" : baseUrl;
    languageCode = languageCode == null ? "" : languageCode;
    defaultContentLanguage = defaultContentLanguage == null || defaultContentLanguage.isBlank()
        ? "en" : defaultContentLanguage.toLowerCase(Locale.ROOT);
    languages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(languages));
    Objects.requireNonNull(contentDir, "contentDir");
    staticMounts = List.copyOf(staticMounts);
    assetMounts = List.copyOf(assetMounts);
    themeDirs = List.copyOf(themeDirs);
    permalinks = Map.copyOf(permalinks);
    params = Map.copyOf(params);
    Objects.requireNonNull(publish, "publish");
    configFiles = List.copyOf(configFiles);
  }

  /**
   * The folders of the site's shortcode templates, searched in order: the site's own {@code
   * layouts/_shortcodes/} and {@code layouts/shortcodes/}, then each theme's. Only folders that
   * exist are listed.
   */
  public List<Path> shortcodeDirs() {
    List<Path> dirs = new ArrayList<>();
    List<Path> bases = new ArrayList<>();
    bases.add(root);
    bases.addAll(themeDirs);
    for (Path base : bases) {
      for (String d : List.of("layouts/_shortcodes", "layouts/shortcodes")) {
        Path dir = base.resolve(d);
        if (Files.isDirectory(dir)) {
          dirs.add(dir);
        }
      }
    }
    return dirs;
  }

  /** True when the site configures more than one language. */
  public boolean multilingual() {
    return languages.size() > 1;
  }

  /** {@code params.author}: a name, or the {@code name} of an author map; "" when none. */
  public String author() {
    return name(params.get("author"));
  }

  /** {@code params.description}, or "". */
  public String description() {
    Object d = params.get("description");
    return d instanceof String s ? s.strip() : "";
  }

  /**
   * The path part of {@code baseURL} with a trailing slash ("/" for {@code
   * https://example.com}, "/blog/" for {@code https://example.com/blog}).
   */
  public String basePath() {
    String b = baseUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
    b = b.replaceFirst("[?#].*$", "");
    if (!b.startsWith("/")) {
      b = "/" + b;
    }
    return b.endsWith("/") ? b : b + "/";
  }

  /**
   * The site path a URL on the site's own host names ("/images/x.png" for {@code
   * https://example.com/images/x.png} when that is the {@code baseURL}'s host), else empty.
   * Scheme and host are compared without case; http and https count as the same site.
   */
  public Optional<String> ownPath(String url) {
    String host = hostOf(baseUrl);
    if (host.isEmpty() || !host.equals(hostOf(url))) {
      return Optional.empty();
    }
    String rest = url.replaceFirst("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^/?#]*", "");
    return Optional.of(rest.isEmpty() ? "/" : rest);
  }

  /**
   * The language of a note: the language whose {@code contentDir} holds it, else the one its
   * file name names ({@code index.ja.md}), else empty (the site's default applies).
   */
  public Optional<Language> languageOf(Path note) {
    Path abs = note.toAbsolutePath().normalize();
    for (Language l : languages.values()) {
      if (l.contentDir() != null && abs.startsWith(l.contentDir())) {
        return Optional.of(l);
      }
    }
    String name = abs.getFileName().toString();
    String[] parts = name.split("\\.");
    if (parts.length >= 3) {
      Language l = languages.get(parts[parts.length - 2].toLowerCase(Locale.ROOT));
      if (l != null) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The static folders for a note: its language's own first, then the site's union. */
  public List<Mount> staticMountsFor(Path note) {
    Optional<Language> lang = languageOf(note);
    if (lang.isEmpty() || lang.get().staticMounts().isEmpty()) {
      return staticMounts;
    }
    List<Mount> all = new ArrayList<>(lang.get().staticMounts());
    all.addAll(staticMounts);
    return all;
  }

  private static String hostOf(String url) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//([^/?#:@]*@)?([^/?#:]*)").matcher(url.trim());
    return m.find() ? m.group(2).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") : "";
  }

  private static String name(Object v) {
    if (v instanceof String s) {
      return s.strip();
    }
    if (v instanceof Map<?, ?> m && m.get("name") instanceof String s) {
      return s.strip();
    }
    if (v instanceof Collection<?> c && !c.isEmpty()) {
      return name(c.iterator().next());
    }
    return "";
  }
}
