package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.ShortcodeHandler;
import dev.tsuzuri.read.ShortcodeRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Finds a shortcode's handler: the registry's own first, then the built-in ones it allows. */
final class Shortcodes {
  private static final Map<String, ShortcodeHandler> BUILTIN = BuiltinShortcodes.all();

  private Shortcodes() {}

  static Optional<ShortcodeHandler> find(ShortcodeRegistry registry, String name) {
    Optional<ShortcodeHandler> own = registry.find(name);
    if (own.isPresent() || !registry.builtins()) {
      return own;
    }
    return Optional.ofNullable(BUILTIN.get(name.toLowerCase(Locale.ROOT)));
  }
}
