package dev.tsuzuri.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import dev.tsuzuri.read.ShortcodeMapping;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A project's {@code tsuzuri.yaml}: defaults for {@code tsuzuri convert}, found by walking up from
 * the first input. Keys are the long option names ({@code page-size: A5}); file paths are
 * relative to the config file's folder. Command-line options win over it.
 *
 * @param file the config file
 * @param values the keys as written, values as YAML gave them
 */
record ProjectConfig(Path file, Map<String, Object> values) {
  /** The file name looked for. */
  static final String FILE_NAME = "tsuzuri.yaml";

  /** The keys of {@code convert}'s own options; the writers' settings add theirs. */
  private static final List<String> CONVERT_KEYS = List.of(
      "formats", "output", "drafts", "jobs", "include", "exclude", "resource-path",
      "allow-remote", "encoding", "site", "future", "expired", "shortcodes");

  /** Every key the file may have: convert's and the installed writers' settings. */
  static Set<String> keys() {
    Set<String> keys = new TreeSet<>(CONVERT_KEYS);
    keys.add(WriterFlags.TEMPLATE);
    keys.addAll(WriterFlags.offered().keySet());
    return keys;
  }

  /** The nearest {@code tsuzuri.yaml} in the folder of {@code start} or above it. */
  static Optional<ProjectConfig> find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(load(candidate));
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a config file.
   *
   * @throws UsageException naming the file, line and key when it is malformed or has an unknown
   *     key
   */
  static ProjectConfig load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException(file + ": cannot read: " + e.getMessage());
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    Node root;
    Object loaded;
    try {
      root = yaml.compose(new java.io.StringReader(text));
      loaded = yaml.load(text);
    } catch (RuntimeException e) {
      throw new UsageException(file + ": not valid YAML: "
          + e.getMessage().replaceAll("\\s*\\n\\s*", " "));
    }
    if (root == null) {
      return new ProjectConfig(file, Map.of());
    }
    if (!(root instanceof MappingNode mapping) || !(loaded instanceof Map<?, ?> map)) {
      throw new UsageException(file + ": expected keys and values such as 'formats: [pdf]'");
    }
    Set<String> known = keys();
    for (NodeTuple t : mapping.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
      if (!known.contains(key)) {
        throw new UsageException(file + ":" + (t.getKeyNode().getStartMark().getLine() + 1)
            + ": unknown key '" + key + "' (known keys: " + String.join(", ", known) + ")");
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    map.forEach((k, v) -> values.put(String.valueOf(k), v));
    return new ProjectConfig(file, values);
  }

  /** The folder relative paths resolve against. */
  Path folder() {
    return file.toAbsolutePath().getParent();
  }

  /** A text value, or null when not set. */
  String string(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Map || v instanceof List) {
      throw wrongType(key, "a single value");
    }
    return String.valueOf(v);
  }

  /** A list of texts: a YAML list or a comma-separated string; null when not set. */
  List<String> strings(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    List<String> list = new ArrayList<>();
    if (v instanceof List<?> l) {
      l.forEach(o -> list.add(String.valueOf(o).trim()));
    } else if (v instanceof Map) {
      throw wrongType(key, "a list");
    } else {
      for (String s : String.valueOf(v).split(",")) {
        if (!s.isBlank()) {
          list.add(s.trim());
        }
      }
    }
    return list;
  }

  /** A path relative to the config's folder, or null. */
  Path path(String key) {
    String s = string(key);
    return s == null ? null : folder().resolve(s).normalize();
  }

  /** Paths relative to the config's folder, or null. */
  List<Path> paths(String key) {
    List<String> list = strings(key);
    return list == null ? null : list.stream().map(s -> folder().resolve(s).normalize()).toList();
  }

  /**
   * The {@code shortcodes:} mappings ({@code external_link: {as: link, url: url, text: title}}),
   * each checked; empty when not set.
   *
   * @throws UsageException naming the file and the key of a bad entry
   */
  List<ShortcodeMapping> shortcodes() {
    Object v = values.get("shortcodes");
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof Map<?, ?> map)) {
      throw new UsageException(file + ": 'shortcodes' should map shortcode names to what they"
          + " become, such as {external_link: {as: link, url: url, text: title}}, not " + v);
    }
    List<ShortcodeMapping> out = new ArrayList<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String name = String.valueOf(e.getKey());
      try {
        out.add(ShortcodeMapping.parse(name, e.getValue()));
      } catch (IllegalArgumentException problem) {
        throw new UsageException(file + ": shortcodes." + name + ": " + problem.getMessage());
      }
    }
    return out;
  }

  /** A yes/no value, or null. */
  Boolean bool(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw wrongType(key, "true or false");
  }

  /** A whole number, or null. */
  Integer integer(String key) {
    Object v = values.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Integer i) {
      return i;
    }
    throw wrongType(key, "a whole number");
  }

  private UsageException wrongType(String key, String expected) {
    return new UsageException(file + ": '" + key + "' should be " + expected + ", not "
        + values.get(key));
  }
}
