package dev.tsuzuri.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shortcode handlers a reader knows, by name. Immutable: {@link #with} returns a copy. A
 * shortcode with no handler stays visible as code and produces a warning.
 */
public final class ShortcodeRegistry {
  private static final ShortcodeRegistry DEFAULTS = new ShortcodeRegistry(Map.of(), true);

  private final Map<String, ShortcodeHandler> handlers;
  private final boolean builtins;

  private ShortcodeRegistry(Map<String, ShortcodeHandler> handlers, boolean builtins) {
    this.handlers = Map.copyOf(handlers);
    this.builtins = builtins;
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
    return new ShortcodeRegistry(Map.of(), false);
  }

  /** A copy with a handler for {@code name} added or replaced. */
  public ShortcodeRegistry with(String name, ShortcodeHandler handler) {
    Map<String, ShortcodeHandler> copy = new HashMap<>(handlers);
    copy.put(name.toLowerCase(Locale.ROOT), handler);
    return new ShortcodeRegistry(copy, builtins);
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
