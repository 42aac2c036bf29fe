package dev.tsuzuri.read.internal;

import java.util.List;
import java.util.Map;

/**
 * The picture a note's front matter names for it, under the keys Hugo themes read: {@code
 * featured_image} (and {@code featuredImage}), {@code image}, {@code images[0]}, {@code
 * cover.image} (or {@code cover} itself), {@code thumbnail}; the first one set wins.
 */
final class Covers {
  private static final List<String> KEYS = List.of("featured_image", "featuredimage", "image",
      "images", "cover", "thumbnail");

  private Covers() {}

  /**
   * The reference as written, or "".
   *
   * @param lower the front matter with lower-cased keys
   */
  static String of(Map<String, Object> lower) {
    for (String key : KEYS) {
      String ref = ref(lower.get(key));
      if (!ref.isEmpty()) {
        return ref;
      }
    }
    return "";
  }

  /** A path string; the first of a list; a table's {@code image}, {@code src} or {@code url}. */
  private static String ref(Object value) {
    if (value instanceof String s) {
      return s.strip();
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "" : ref(list.get(0) instanceof List ? null : list.get(0));
    }
    if (value instanceof Map<?, ?> map) {
      for (String k : List.of("image", "src", "url")) {
        if (map.get(k) instanceof String s && !s.isBlank()) {
          return s.strip();
        }
      }
    }
    return "";
  }
}
