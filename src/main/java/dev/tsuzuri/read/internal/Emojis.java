package dev.tsuzuri.read.internal;

import com.vladsch.flexmark.ext.emoji.internal.EmojiReference;
import java.util.HashMap;
import java.util.Map;

/** GitHub's emoji shortcodes ({@code :mega:}) to their Unicode characters, loaded once. */
final class Emojis {
  private static final Map<String, String> BY_SHORTCUT = load();

  private Emojis() {}

  /** The emoji for a shortcode without colons, or null when it is not one with a Unicode form. */
  static String of(String shortcut) {
    return BY_SHORTCUT.get(shortcut);
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (EmojiReference.Emoji e : EmojiReference.getEmojiList()) {
      String chars = unicode(e.unicodeChars);
      if (chars == null) {
        continue;
      }
      if (e.shortcut != null) {
        map.putIfAbsent(e.shortcut, chars);
      }
      if (e.aliasShortcuts != null) {
        for (String alias : e.aliasShortcuts) {
          map.putIfAbsent(alias, chars);
        }
      }
    }
    return map;
  }

  /** "U+1F1EF U+1F1F5" to the characters, or null. */
  private static String unicode(String codes) {
    if (codes == null || codes.isBlank()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String part : codes.trim().split("[\\s-]+")) {
      if (!part.startsWith("U+")) {
        return null;
      }
      try {
        b.appendCodePoint(Integer.parseInt(part.substring(2), 16));
      } catch (IllegalArgumentException ex) {
        return null;
      }
    }
    return b.toString();
  }
}
