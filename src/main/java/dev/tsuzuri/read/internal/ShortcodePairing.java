package dev.tsuzuri.read.internal;

import dev.tsuzuri.read.Shortcode;
import dev.tsuzuri.read.ShortcodeRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches the opening and closing tags of registered shortcodes (and of those the site has a
 * usable template for), so that a paired shortcode and
 * everything between its tags become one placeholder. Unknown shortcodes and unmatched tags
 * stand alone (their handler, or the fallback, decides what they show).
 */
final class ShortcodePairing {
  private ShortcodePairing() {}

  /** The replacements with every shortcode tag resolved into a placeholder. */
  static List<Replacement> pair(BodyLines lines, ShortcodeRegistry registry,
      List<Replacement> scanned) {
    Map<String, Deque<Integer>> open = new HashMap<>();
    int[] closerOf = new int[scanned.size()];
    Arrays.fill(closerOf, -1);
    for (int i = 0; i < scanned.size(); i++) {
      ShortcodeTag tag = scanned.get(i).tag();
      if (tag == null || !Shortcodes.pairs(registry, tag.name())) {
        continue;
      }
      if (!tag.closing() && !tag.selfClosing()) {
        open.computeIfAbsent(tag.name(), k -> new ArrayDeque<>()).push(i);
      } else if (tag.closing()) {
        Deque<Integer> stack = open.get(tag.name());
        if (stack != null && !stack.isEmpty()) {
          closerOf[stack.pop()] = i;
        }
      }
    }
    List<Replacement> out = new ArrayList<>();
    for (int i = 0; i < scanned.size(); i++) {
      Replacement e = scanned.get(i);
      if (e.tag() == null) {
        out.add(e);
        continue;
      }
      ShortcodeTag tag = e.tag();
      if (closerOf[i] >= 0) {
        ShortcodeTag closer = scanned.get(closerOf[i]).tag();
        String inner = lines.text.substring(tag.end(), closer.start());
        out.add(shortcode(lines, tag, closer.end(), inner, true));
        i = closerOf[i];
      } else {
        out.add(shortcode(lines, tag, tag.end(), "", false));
      }
    }
    return out;
  }

  private static Replacement shortcode(BodyLines lines, ShortcodeTag tag, int end, String inner,
      boolean paired) {
    String source = lines.text.substring(tag.start(), tag.end());
    String name = tag.closing() ? "/" + tag.name() : tag.name();
    Shortcode sc = new Shortcode(name, tag.positional(), tag.named(), inner, paired, source,
        lines.lineAt(tag.start()));
    return Replacement.placeholder(tag.start(), end, new Placeholder(Placeholder.Kind.SHORTCODE,
        sc, "", lines.text.substring(tag.start(), end), sc.line()));
  }
}
