package dev.tsuzuri.read.internal;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML front matter, loaded safely: only plain data types (no global tags, CVE-2022-1471), a cap
 * on aliases and depth (billion laughs), and dates kept as text so their offset survives.
 */
final class YamlFrontMatter {
  /** The front matter starts on line 2 of the note, after the {@code ---}. */
  private static final int FIRST_LINE = 2;

  /**
   * snakeyaml logs duplicate keys to the console itself; we report them as warnings with their
   * line instead. Held in a field so the logger's level is not lost to garbage collection.
   */
  private static final java.util.logging.Logger SNAKEYAML_LOG = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.yaml.snakeyaml");
    log.setLevel(java.util.logging.Level.SEVERE);
    return log;
  }

  private YamlFrontMatter() {}

  static Map<String, Object> parse(String content, String source, WarningSink warnings) {
    try {
      return load(content, false, source);
    } catch (DuplicateKeyException e) {
      warnings.warn(lineOf(e.getProblemMark()), "duplicate front-matter key: "
          + e.getProblem().replace("found duplicate key ", "") + "; the last value is used");
      return load(content, true, source);
    }
  }

  private static Map<String, Object> load(String content, boolean allowDuplicates, String source) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(allowDuplicates);
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(30);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(Math.max(content.length() + 1, 1024));
    Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
        new DumperOptions(), options, new TextTimestampResolver());
    Object loaded;
    try {
      loaded = yaml.load(content);
    } catch (DuplicateKeyException e) {
      throw e;
    } catch (MarkedYAMLException e) {
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      throw new TsuzuriException(source, lineOf(e.getProblemMark()),
          "malformed YAML front matter: " + firstLine(problem), e);
    } catch (YAMLException | StackOverflowError e) {
      throw new TsuzuriException(source, 1, "malformed YAML front matter: "
          + firstLine(String.valueOf(e.getMessage())), e);
    }
    if (loaded == null) {
      return Map.of();
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new TsuzuriException(source, FIRST_LINE,
          "the YAML front matter must be a list of key: value pairs");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    map.forEach((k, v) -> values.put(String.valueOf(k), v));
    return values;
  }

  private static int lineOf(Mark mark) {
    return mark == null ? 1 : mark.getLine() + FIRST_LINE;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The YAML 1.1 resolver without timestamps: snakeyaml's Date would drop the offset. */
  private static final class TextTimestampResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
  }
}
