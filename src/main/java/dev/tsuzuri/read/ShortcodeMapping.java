package dev.tsuzuri.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A site shortcode mapped to something tsuzuri knows, as {@code tsuzuri.yaml} writes it under
 * {@code shortcodes:}: {@code external_link: {as: link, url: url, text: title}} reads {@code
 * {{< external_link url="…" title="…" >}}} as a link whose address is the {@code url} argument
 * and whose text is the {@code title} argument. A parameter names the shortcode's argument by
 * name, or by position when it is a whole number ({@code src: 0}).
 *
 * @param name the shortcode's name
 * @param kind what it becomes
 * @param params for each of the kind's parameters, the argument it comes from ("url" →
 *     "title"); a parameter not given comes from the argument of its own name
 */
public record ShortcodeMapping(String name, Kind kind, Map<String, String> params) {

  /** What a mapped shortcode becomes. */
  public enum Kind {
    /** A link: parameters {@code url} and {@code text}. */
    LINK(List.of("url", "text")),
    /**
     * A picture: parameters {@code src}, {@code alt}, {@code caption}, {@code title}, {@code
     * link}.
     */
    FIGURE(List.of("src", "alt", "caption", "title", "link")),
    /** Nothing: a series list, an advertisement. */
    DROP(List.of()),
    /** Only its inner Markdown, read as if the tags were not there. */
    INNER(List.of()),
    /**
     * A callout box around its inner Markdown: parameters {@code kind} (an argument holding
     * note, tip, info, warning, caution, important or danger; note otherwise) and {@code title}.
     */
    CALLOUT(List.of("kind", "title"));

    private final List<String> params;

    Kind(List<String> params) {
      this.params = params;
    }

    /** The parameters this kind takes. */
    public List<String> params() {
      return params;
    }

    /** The name used in {@code as:}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ShortcodeMapping {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** The argument a parameter comes from: its mapped name, else the parameter's own name. */
  public String source(String param) {
    return params.getOrDefault(param, param);
  }

  /**
   * A mapping from its YAML form.
   *
   * @param name the shortcode's name (the key under {@code shortcodes:})
   * @param value what YAML gave for it: a map with {@code as:} and the kind's parameters
   * @return the mapping
   * @throws IllegalArgumentException naming what is wrong (an unknown kind or parameter, a value
   *     that is not a name or a position), for the caller to prefix with the file and key
   */
  public static ShortcodeMapping parse(String name, Object value) {
    if (name == null || name.isBlank() || !name.matches("[\\w./-]{1,200}")) {
      throw new IllegalArgumentException("'" + name + "' is not a shortcode name");
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("expected a map such as {as: link, url: url, text:"
          + " title}, not " + value);
    }
    Object as = map.get("as");
    if (as == null) {
      throw new IllegalArgumentException("'as' is missing (one of " + kinds() + ")");
    }
    Kind kind = null;
    for (Kind k : Kind.values()) {
      if (k.key().equals(String.valueOf(as).strip().toLowerCase(Locale.ROOT))) {
        kind = k;
      }
    }
    if (kind == null) {
      throw new IllegalArgumentException("as: '" + as + "' is not a kind tsuzuri knows (one of "
          + kinds() + ")");
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (key.equals("as")) {
        continue;
      }
      if (!kind.params().contains(key)) {
        throw new IllegalArgumentException("'" + key + "' is not a parameter of as: "
            + kind.key() + (kind.params().isEmpty() ? " (it takes none)"
            : " (its parameters: " + String.join(", ", kind.params()) + ")"));
      }
      Object v = e.getValue();
      if (v instanceof Integer i && i >= 0) {
        params.put(key, String.valueOf(i));
      } else if (v instanceof String s && s.matches("[\\w.-]{1,100}")) {
        params.put(key, s);
      } else {
        throw new IllegalArgumentException("'" + key + "' should name an argument of the"
            + " shortcode (a name such as 'title', or a position such as 0), not " + v);
      }
    }
    return new ShortcodeMapping(name.strip(), kind, params);
  }

  private static String kinds() {
    return String.join(", ", java.util.Arrays.stream(Kind.values()).map(Kind::key).toList());
  }
}
