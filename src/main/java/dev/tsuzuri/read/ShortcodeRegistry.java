package dev.tsuzuri.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shortcode handlers a reader knows, by name. Immutable: {@link #with} returns a copy. A
 * shortcode is read by, in this order: a handler added here (a {@code tsuzuri.yaml} mapping is
 * one), a built-in handler, the site's own template ({@link #withTemplates}); one with none of
 * these stays visible as code and produces a warning.
 */
public final class ShortcodeRegistry {
  private static final ShortcodeRegistry DEFAULTS = new ShortcodeRegistry(Map.of(), true,
      List.of(), ShortcodeTemplates.NONE);

  private final Map<String, ShortcodeHandler> handlers;
  private final boolean builtins;
  /** The mappings among the handlers, for {@link #describe}. */
  private final List<ShortcodeMapping> mappings;
  private final ShortcodeTemplates templates;

  private ShortcodeRegistry(Map<String, ShortcodeHandler> handlers, boolean builtins,
      List<ShortcodeMapping> mappings, ShortcodeTemplates templates) {
    this.handlers = Map.copyOf(handlers);
    this.builtins = builtins;
    this.mappings = List.copyOf(mappings);
    this.templates = templates;
  }

  /**
   * The built-in handlers: {@code blogcard}, {@code figure}, {@code tweet}/{@code x}, {@code
   * youtube}, {@code vimeo}, {@code gist}, {@code highlight}, {@code ref}/{@code relref}, {@code
   * details}, and the themes' admonitions and tabs ({@code notice}, {@code alert}, {@code hint},
   * {@code callout}, {@code admonition}, {@code note}, {@code tip} …, {@code tabs}/{@code
   * tabpane}/{@code tab}).
   */
  public static ShortcodeRegistry defaults() {
    return DEFAULTS;
  }

  /** A registry with no handlers: every shortcode stays visible as code. */
  public static ShortcodeRegistry empty() {
    return new ShortcodeRegistry(Map.of(), false, List.of(), ShortcodeTemplates.NONE);
  }

  /** A copy with a handler for {@code name} added or replaced. */
  public ShortcodeRegistry with(String name, ShortcodeHandler handler) {
    Map<String, ShortcodeHandler> copy = new HashMap<>(handlers);
    copy.put(name.toLowerCase(Locale.ROOT), handler);
    List<ShortcodeMapping> kept = mappings.stream()
        .filter(m -> !m.name().equalsIgnoreCase(name)).toList();
    return new ShortcodeRegistry(copy, builtins, kept, templates);
  }

  /**
   * A copy where a shortcode is read as its mapping says; the mapping wins over the built-in
   * handler and the site's template of the same name.
   */
  public ShortcodeRegistry with(ShortcodeMapping mapping) {
    ShortcodeRegistry r = with(mapping.name(), new MappedShortcode(mapping));
    List<ShortcodeMapping> all = new ArrayList<>(r.mappings);
    all.add(mapping);
    return new ShortcodeRegistry(r.handlers, builtins, all, templates);
  }

  /**
   * A copy that reads shortcodes with no handler through these site templates.
   *
   * @param siteTemplates the templates of the site the notes belong to
   */
  public ShortcodeRegistry withTemplates(ShortcodeTemplates siteTemplates) {
    return new ShortcodeRegistry(handlers, builtins, mappings,
        java.util.Objects.requireNonNull(siteTemplates, "siteTemplates"));
  }

  /** The site templates consulted after the handlers ({@link ShortcodeTemplates#NONE} if none). */
  public ShortcodeTemplates templates() {
    return templates;
  }

  /** The mappings added with {@link #with(ShortcodeMapping)}, in the order added. */
  public List<ShortcodeMapping> mappings() {
    return mappings;
  }

  /**
   * The registry's mappings as text, for telling whether outputs made with another registry
   * are out of date ("" when there are none).
   */
  public String describe() {
    StringBuilder b = new StringBuilder();
    for (ShortcodeMapping m : mappings) {
      b.append(m.name()).append('=').append(m.kind().key()).append(m.params()).append(';');
    }
    return b.toString();
  }

  /**
   * The handler added for a shortcode name, if there is one. The built-in handlers are not listed
   * here: the reader consults them after these, when {@link #builtins()} is true.
   */
  public Optional<ShortcodeHandler> find(String name) {
    return Optional.ofNullable(handlers.get(name.toLowerCase(Locale.ROOT)));
  }

  /** True when the reader's built-in handlers apply to the names this registry does not have. */
  public boolean builtins() {
    return builtins;
  }
}
