package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.Shortcode;
import dev.tsuzuri.read.ShortcodeHandler;
import dev.tsuzuri.read.ShortcodeRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a shortcode's handler: the registry's own first, then the built-in ones it allows; and
 * whether its closing tag pairs (a handler, or a site template that can be evaluated).
 */
final class Shortcodes {
  private static final Map<String, ShortcodeHandler> BUILTIN = BuiltinShortcodes.all();

  private Shortcodes() {}

  /** The handler of a name: the registry's own first, then the built-in one. */
  static Optional<ShortcodeHandler> find(ShortcodeRegistry registry, String name) {
    Optional<ShortcodeHandler> own = registry.find(name);
    if (own.isPresent() || !registry.builtins()) {
      return own;
    }
    return Optional.ofNullable(BUILTIN.get(name.toLowerCase(Locale.ROOT)));
  }

  /** True when the shortcode's opening and closing tags make one paired shortcode. */
  static boolean pairs(ShortcodeRegistry registry, String name) {
    return find(registry, name).isPresent() || registry.templates().defines(name);
  }

  /** Files a {@code src} may name that are no picture. */
  private static final Set<String> NOT_PICTURES = Set.of("mp4", "webm", "mov", "m4v", "ogv",
      "mp3", "m4a", "wav", "ogg", "pdf", "html", "js", "css");

  /**
   * For a shortcode with no handler and no usable site template that names a picture with
   * {@code src=} (a theme's {@code img}, {@code image}, {@code lightbox} …), the {@code figure}
   * handler, since the site's template shows that picture.
   */
  static Optional<ShortcodeHandler> picture(ShortcodeRegistry registry, Shortcode sc) {
    if (!registry.builtins()) {
      return Optional.empty();
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
