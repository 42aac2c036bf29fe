package dev.tsuzuri.site.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses one configuration file into maps, lists and scalars, every map key lower-cased (Hugo's
 * keys are case-insensitive). TOML is read with tomlj; YAML with snakeyaml's safe constructor and
 * its limits on aliases and depth; JSON as the YAML it also is (tabs, which JSON allows between
 * tokens and YAML does not, become spaces: a valid JSON string holds none).
 */
public final class ConfigParser {
  /** A configuration file that cannot be parsed: the message says where and why. */
  public static final class BadConfig extends Exception {
    private static final long serialVersionUID = 1L;

    /** The 1-based line of the problem, or 0. */
    public final int line;

    BadConfig(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  private ConfigParser() {}

  /**
   * The content of a file.
   *
   * @param text the file's text
   * @param extension "toml", "yaml", "yml" or "json"
   * @throws BadConfig when the text is not valid in its language or not a table at the top
   */
  public static Map<String, Object> parse(String text, String extension) throws BadConfig {
    Object parsed;
    try {
      parsed = switch (extension.toLowerCase(Locale.ROOT)) {
        case "toml" -> toml(text);
        case "json" -> yaml(text.replace('\t', ' '));
        default -> yaml(text);
      };
    } catch (StackOverflowError e) {
      throw new BadConfig(0, "nested too deeply");
    }
    if (parsed == null) {
      return Map.of();
    }
    if (!(parsed instanceof Map<?, ?>)) {
      throw new BadConfig(1, "the configuration must be a table of keys and values");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) lowerKeys(parsed);
    return map;
  }

  private static Object toml(String text) throws BadConfig {
    TomlParseResult result = Toml.parse(text);
    if (result.hasErrors()) {
      TomlParseError error = result.errors().get(0);
      int line = error.position() == null ? 0 : error.position().line();
      throw new BadConfig(line, error.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)$",
          ""));
    }
    return tomlValue(result);
  }

  private static Object tomlValue(Object v) {
    if (v instanceof TomlTable t) {
      Map<String, Object> values = new LinkedHashMap<>();
      for (String key : t.keySet()) {
        values.put(key, tomlValue(t.get(List.of(key))));
      }
      return values;
    }
    if (v instanceof TomlArray a) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        list.add(tomlValue(a.get(i)));
      }
      return list;
    }
    return v;
  }

  private static Object yaml(String text) throws BadConfig {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(50);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(Math.max(text.length() + 1, 1024));
    try {
      return new Yaml(new SafeConstructor(options)).load(text);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      String problem = e.getProblem() == null ? String.valueOf(e.getMessage()) : e.getProblem();
      throw new BadConfig(line, problem.lines().findFirst().orElse(problem));
    } catch (YAMLException e) {
      String m = String.valueOf(e.getMessage());
      throw new BadConfig(0, m.lines().findFirst().orElse(m));
    }
  }

  private static Object lowerKeys(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> {
        String key = String.valueOf(k).toLowerCase(Locale.ROOT);
        Object value = lowerKeys(x);
        // "Params" and "params" are one table to Hugo: merge them, the later key winning
        if (out.get(key) instanceof Map<?, ?> was && value instanceof Map<?, ?> now) {
          @SuppressWarnings("unchecked")
          Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) was);
          now.forEach((nk, nv) -> merged.put(String.valueOf(nk), nv));
          out.put(key, merged);
        } else {
          out.put(key, value);
        }
      });
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(lowerKeys(x)));
      return out;
    }
    return v;
  }
}
