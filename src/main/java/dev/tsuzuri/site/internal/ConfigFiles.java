package dev.tsuzuri.site.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where a Hugo site's configuration lives: the root file ({@code hugo.toml} … {@code
 * config.json}) and the files of {@code config/_default/} and {@code config/production/} (the
 * environment {@code hugo} builds by default). A file in a configuration folder holds the keys
 * its name says: {@code params.toml} is {@code [params]}, {@code languages.en.toml} is {@code
 * [languages.en]}, {@code hugo.toml} and {@code config.toml} the top level.
 */
public final class ConfigFiles {
  /** The root configuration files in the order Hugo looks for them. */
  public static final List<String> ROOT_NAMES = List.of("hugo.toml", "hugo.yaml", "hugo.yml",
      "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json");

  private static final List<String> EXTENSIONS = List.of("toml", "yaml", "yml", "json");

  /**
   * One configuration file.
   *
   * @param file the file
   * @param prefix the keys its content sits under (empty for the top level)
   */
  public record ConfigFile(Path file, List<String> prefix) {
    public ConfigFile {
      prefix = List.copyOf(prefix);
    }
  }

  private ConfigFiles() {}

  /** True when a folder is a Hugo site's root: it has a root config file or {@code config/_default/}. */
  public static boolean isSiteRoot(Path dir) {
    for (String name : ROOT_NAMES) {
      if (Files.isRegularFile(dir.resolve(name))) {
        return true;
      }
    }
    return Files.isDirectory(dir.resolve("config").resolve("_default"));
  }

  /**
   * The configuration files of a site, lowest precedence first: the configuration folders'
   * files, then the root file (so its keys win, as Hugo's own root file does).
   */
  public static List<ConfigFile> find(Path root) throws IOException {
    List<ConfigFile> files = new ArrayList<>();
    for (String env : List.of("_default", "production")) {
      Path dir = root.resolve("config").resolve(env);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> inDir;
      try (Stream<Path> s = Files.list(dir)) {
        inDir = s.filter(Files::isRegularFile).filter(ConfigFiles::isConfig).sorted().toList();
      }
      for (Path f : inDir) {
        files.add(new ConfigFile(f, prefix(f)));
      }
    }
    for (String name : ROOT_NAMES) {
      Path f = root.resolve(name);
      if (Files.isRegularFile(f)) {
        files.add(new ConfigFile(f, List.of()));
        break;
      }
    }
    return files;
  }

  private static boolean isConfig(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1)) && !n.startsWith(".");
  }

  /** {@code languages.en.toml} → [languages, en]; {@code hugo.toml}, {@code config.toml} → []. */
  private static List<String> prefix(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    String stem = n.substring(0, n.lastIndexOf('.'));
    if (stem.equals("hugo") || stem.equals("config")) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(List.of(stem.split("\\.")));
    if (keys.size() == 2 && keys.get(0).equals("menus")) {
      // menus.en.toml is the English menus: languages.en.menus
      return List.of("languages", keys.get(1), "menus");
    }
    keys.removeIf(String::isEmpty);
    return keys;
  }
}
