package dev.tsuzuri.read.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** TOML front matter ({@code +++}), read with tomlj; dates keep their java.time types. */
final class TomlFrontMatter {
  private TomlFrontMatter() {}

  static Map<String, Object> parse(String content, String source) {
    TomlParseResult result;
    try {
      result = Toml.parse(content);
    } catch (StackOverflowError e) {
      throw new TsuzuriException(source, 2, "malformed TOML front matter: nested too deeply");
    }
    if (result.hasErrors()) {
      TomlParseError error = result.errors().get(0);
      int line = error.position() == null ? 1 : error.position().line() + 1;
      throw new TsuzuriException(source, line, "malformed TOML front matter: "
          + error.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)$", ""));
    }
    return table(result);
  }

  private static Map<String, Object> table(TomlTable table) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : table.keySet()) {
      values.put(key, value(table.get(List.of(key))));
    }
    return values;
  }

  private static Object value(Object v) {
    if (v instanceof TomlTable t) {
      return table(t);
    }
    if (v instanceof TomlArray a) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        list.add(value(a.get(i)));
      }
      return list;
    }
    return v;
  }
}
