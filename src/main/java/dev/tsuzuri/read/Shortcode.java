package dev.tsuzuri.read;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Hugo shortcode as written in a note: {@code {{< name args >}}}, {@code {{% name %}}} or a
 * paired {@code {{< name >}}…{{< /name >}}}.
 *
 * @param name the shortcode's name ("figure", "youtube")
 * @param positional the positional arguments, unquoted
 * @param named the {@code key="value"} arguments, unquoted, in the order written
 * @param inner the text between the opening and closing tag ("" when not paired)
 * @param paired true when a closing tag was found
 * @param source the shortcode exactly as written (opening tag only when paired)
 * @param line the 1-based line of the note it starts on
 */
public record Shortcode(String name, List<String> positional, Map<String, String> named,
    String inner, boolean paired, String source, int line) {

  public Shortcode {
    Objects.requireNonNull(name, "name");
    positional = List.copyOf(positional);
    named = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(named));
    Objects.requireNonNull(inner, "inner");
    Objects.requireNonNull(source, "source");
  }

  /** The named argument {@code key}, else the positional argument at {@code index}, else "". */
  public String arg(String key, int index) {
    String v = named.get(key);
    if (v != null) {
      return v;
    }
    return index >= 0 && index < positional.size() ? positional.get(index) : "";
  }

  /** The named argument {@code key}, or "". */
  public String arg(String key) {
    return named.getOrDefault(key, "");
  }
}
