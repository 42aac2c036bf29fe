package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.Shortcode;
import dev.tsuzuri.read.ShortcodeHandler;
import dev.tsuzuri.read.ShortcodeRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /** Files a {@code src} may name that are no picture. */
  private static final Set<String> NOT_PICTURES = Set.of("mp4", "webm", "mov", "m4v", "ogv",
      "mp3", "m4a", "wav", "ogg", "pdf", "html", "js", "css");

  /**
   * The handler for a shortcode: its own, else, for one unknown to tsuzuri that names a
   * picture with {@code src=} (a theme's {@code img}, {@code image}, {@code lightbox} …), the
   * {@code figure} handler, since the site's template shows that picture.
   */
  static Optional<ShortcodeHandler> find(ShortcodeRegistry registry, Shortcode sc) {
    Optional<ShortcodeHandler> own = find(registry, sc.name());
    if (own.isPresent() || !registry.builtins()) {
      return own;
    }
    String src = sc.arg("src").strip();
    String ext = src.replaceFirst("[?#].*$", "").replaceFirst("^.*\\.", "")
        .toLowerCase(Locale.ROOT);
    // a paired one's inner text would be lost: it stays as it is
    if (src.isEmpty() || sc.paired() || sc.name().startsWith("/") || NOT_PICTURES.contains(ext)) {
      return Optional.empty();
    }
    return Optional.of(BUILTIN.get("figure"));
  }
}
