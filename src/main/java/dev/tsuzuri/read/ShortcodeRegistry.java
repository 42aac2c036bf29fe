package dev.tsuzuri.read;

import dev.tsuzuri.read.internal.BuiltinShortcodes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shortcode handlers a reader knows, by name. Immutable: {@link #with} returns a copy. A
 * shortcode with no handler stays visible as code and produces a warning.
 */
public final class ShortcodeRegistry {
  private static final ShortcodeRegistry DEFAULTS = new ShortcodeRegistry(BuiltinShortcodes.all());

  private final Map<String, ShortcodeHandler> handlers;

  private ShortcodeRegistry(Map<String, ShortcodeHandler> handlers) {
    this.handlers = Map.copyOf(handlers);
  }

  /**
   * The built-in handlers: {@code blogcard}, {@code figure}, {@code tweet}/{@code x}, {@code
   * youtube}, {@code vimeo}, {@code gist}, {@code highlight}, {@code ref}/{@code relref}, {@code
   * details}.
   */
  public static ShortcodeRegistry defaults() {
    return DEFAULTS;
  }

  /** A registry with no handlers: every shortcode stays visible as code. */
  public static ShortcodeRegistry empty() {
    return new ShortcodeRegistry(Map.of());
  }

  /** A copy with a handler for {@code name} added or replaced. */
  public ShortcodeRegistry with(String name, ShortcodeHandler handler) {
    Map<String, ShortcodeHandler> copy = new HashMap<>(handlers);
    copy.put(name.toLowerCase(Locale.ROOT), handler);
    return new ShortcodeRegistry(copy);
  }

  /** The handler for a shortcode name, if there is one. */
  public Optional<ShortcodeHandler> find(String name) {
    return Optional.ofNullable(handlers.get(name.toLowerCase(Locale.ROOT)));
  }
}
