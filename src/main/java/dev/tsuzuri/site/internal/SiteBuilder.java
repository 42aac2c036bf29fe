package dev.tsuzuri.site.internal;

import static dev.tsuzuri.site.internal.ConfigTree.bool;
import static dev.tsuzuri.site.internal.ConfigTree.get;
import static dev.tsuzuri.site.internal.ConfigTree.integer;
import static dev.tsuzuri.site.internal.ConfigTree.string;
import static dev.tsuzuri.site.internal.ConfigTree.strings;
import static dev.tsuzuri.site.internal.ConfigTree.table;

import dev.tsuzuri.site.Language;
import dev.tsuzuri.site.Mount;
import dev.tsuzuri.site.Publishing;
import dev.tsuzuri.site.Site;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns a merged configuration into a {@link Site}: Hugo's defaults for what is not set, the
 * static and assets unions (site, then themes; {@code module.mounts} replacing a component's
 * default folder, as in Hugo), languages in weight order, permalinks flattened.
 */
public final class SiteBuilder {
  private SiteBuilder() {}

  /**
   * The site.
   *
   * @param root the site's folder, absolute and normalised
   * @param config the merged configuration
   * @param configFiles the files it came from
   * @param warn where problems that cost nothing but a feature are reported
   */
  public static Site build(Path root, Map<String, Object> config, List<Path> configFiles,
      Consumer<String> warn) {
    Path contentDir = dir(root, or(string(config, "contentdir"), "content"), warn);
    List<Path> themes = themes(root, config, warn);
    List<Mount> statics = new ArrayList<>();
    List<Mount> assets = new ArrayList<>();
    List<Mount> mountedStatic = mounts(root, config, "static", warn);
    List<Mount> mountedAssets = mounts(root, config, "assets", warn);
    if (!mountedStatic.isEmpty()) {
      statics.addAll(mountedStatic);
    } else {
      for (String d : staticDirs(config)) {
        statics.add(Mount.of(dir(root, d, warn)));
      }
    }
    if (!mountedAssets.isEmpty()) {
      assets.addAll(mountedAssets);
    } else {
      assets.add(Mount.of(dir(root, or(string(config, "assetdir"), "assets"), warn)));
    }
    for (Path theme : themes) {
      statics.add(Mount.of(theme.resolve("static")));
      assets.add(Mount.of(theme.resolve("assets")));
    }
    return new Site(root, string(config, "title"), string(config, "baseurl"),
        string(config, "languagecode"), string(config, "defaultcontentlanguage"),
        languages(root, config, warn), contentDir,
        existing(statics), existing(assets), themes, permalinks(config),
        table(config, "params"),
        new Publishing(bool(config, "builddrafts"), bool(config, "buildfuture"),
            bool(config, "buildexpired")),
        configFiles);
  }

  /** {@code staticDir} (a folder or a list) and {@code staticDir0} … {@code staticDir10}. */
  private static List<String> staticDirs(Map<String, Object> table) {
    List<String> dirs = new ArrayList<>(strings(table, "staticdir"));
    if (dirs.isEmpty() && get(table, "staticdir") == null) {
      dirs.add("static");
    }
    for (int i = 0; i <= 10; i++) {
      dirs.addAll(strings(table, "staticdir" + i));
    }
    return dirs;
  }

  /**
   * The themes' folders: {@code theme} (a name or a list) and the paths of {@code
   * module.imports}, each found below {@code themesDir} by its name, or by the last part of a
   * module path ({@code github.com/nunocoracao/blowfish/v2} → {@code themes/blowfish}).
   */
  private static List<Path> themes(Path root, Map<String, Object> config,
      Consumer<String> warn) {
    Path themesDir = dir(root, or(string(config, "themesdir"), "themes"), warn);
    List<String> names = new ArrayList<>(strings(config, "theme"));
    if (get(config, "module.imports") instanceof List<?> imports) {
      for (Object o : imports) {
        if (o instanceof Map<?, ?> m && m.get("path") instanceof String p) {
          names.add(p);
        }
      }
    }
    List<Path> dirs = new ArrayList<>();
    for (String name : names) {
      Path found = themeDir(themesDir, name);
      if (found == null) {
        warn.accept("theme not found below " + root.relativize(themesDir) + "/: " + name
            + " (its static files and shortcodes are not used)");
      } else if (!dirs.contains(found)) {
        dirs.add(found);
      }
    }
    return dirs;
  }

  private static Path themeDir(Path themesDir, String name) {
    List<String> tries = new ArrayList<>();
    tries.add(name);
    String[] parts = name.replace('\\', '/').split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].matches("v\\d+") && !parts[i].isEmpty()) {
        tries.add(parts[i]);
        break;
      }
    }
    for (String t : tries) {
      try {
        Path p = themesDir.resolve(t).normalize();
        if (p.startsWith(themesDir) && Files.isDirectory(p)) {
          return p;
        }
      } catch (InvalidPathException e) {
        // a module path that is no file name: try the next form
      }
    }
    return null;
  }

  /** {@code module.mounts} for one component ("static", "assets"), in the order written. */
  private static List<Mount> mounts(Path root, Map<String, Object> config, String component,
      Consumer<String> warn) {
    List<Mount> found = new ArrayList<>();
    if (!(get(config, "module.mounts") instanceof List<?> list)) {
      return found;
    }
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m) || !(m.get("source") instanceof String source)
          || !(m.get("target") instanceof String target)) {
        continue;
      }
      String t = dev.tsuzuri.site.PageUrls.trimSlashes(target);
      if (t.equals(component) || t.startsWith(component + "/")) {
        found.add(new Mount(dir(root, source, warn),
            t.length() == component.length() ? "" : t.substring(component.length() + 1)));
      }
    }
    return found;
  }

  private static Map<String, Language> languages(Path root, Map<String, Object> config,
      Consumer<String> warn) {
    List<Language> list = new ArrayList<>();
    for (Map.Entry<String, Object> e : table(config, "languages").entrySet()) {
      if (!(e.getValue() instanceof Map<?, ?>)) {
        continue;
      }
      Map<String, Object> lang = table(config, "languages." + e.getKey());
      String content = string(lang, "contentdir");
      List<Mount> statics = new ArrayList<>();
      if (get(lang, "staticdir") != null || lang.keySet().stream()
          .anyMatch(k -> k.matches("staticdir\\d+"))) {
        for (String d : staticDirs(lang)) {
          statics.add(Mount.of(dir(root, d, warn)));
        }
      }
      list.add(new Language(e.getKey(), string(lang, "languagecode"), string(lang, "title"),
          content.isEmpty() ? null : dir(root, content, warn), existing(statics),
          integer(lang, "weight", 0), table(lang, "params")));
    }
    // Hugo orders languages by weight, then by key
    list.sort(Comparator.comparingInt((Language l) -> l.weight() <= 0 ? Integer.MAX_VALUE
        : l.weight()).thenComparing(Language::key));
    Map<String, Language> byKey = new LinkedHashMap<>();
    list.forEach(l -> byKey.put(l.key(), l));
    return byKey;
  }

  /**
   * {@code permalinks} as section → pattern; the newer form by page kind ({@code
   * [permalinks.page]}) is flattened, its {@code page} patterns winning.
   */
  private static Map<String, String> permalinks(Map<String, Object> config) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Object> table = table(config, "permalinks");
    table.forEach((k, v) -> {
      if (v instanceof String s && !s.isBlank()) {
        out.put(k, s.strip());
      }
    });
    for (String kind : List.of("section", "page")) {
      table(table, kind).forEach((k, v) -> {
        if (v instanceof String s && !s.isBlank() && (kind.equals("page")
            || !out.containsKey(k))) {
          out.put(k, s.strip());
        }
      });
    }
    return out;
  }

  private static List<Mount> existing(List<Mount> mounts) {
    List<Mount> out = new ArrayList<>();
    for (Mount m : mounts) {
      if (Files.isDirectory(m.source()) && !out.contains(m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static Path dir(Path root, String name, Consumer<String> warn) {
    try {
      return root.resolve(name).normalize();
    } catch (InvalidPathException e) {
      warn.accept("not a folder name: " + name);
      // a folder that does not exist: nothing is found there
      return root.resolve(".tsuzuri-no-such-folder");
    }
  }

  private static String or(String value, String fallback) {
    return value.isEmpty() ? fallback : value;
  }
}
