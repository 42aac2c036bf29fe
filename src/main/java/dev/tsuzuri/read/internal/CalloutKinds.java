package dev.tsuzuri.read.internal;

import dev.tsuzuri.outline.Callout;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The many ways themes spell a callout's kind — Relearn's and Docsy's styles and colours,
 * Hextra's types, Hugo Book's hints, Blowfish's and Font Awesome's icon names, GitHub's and
 * Obsidian's alert types — folded into the {@link Callout.Kind}s every writer knows.
 */
final class CalloutKinds {
  private static final Map<String, Callout.Kind> KINDS = new HashMap<>();

  static {
    put(Callout.Kind.NOTE, "note", "notes", "default", "secondary", "light", "dark", "grey",
        "gray", "neutral", "abstract", "summary", "tldr", "todo", "example", "quote", "cite",
        "transparent", "code", "accent", "pencil", "circle-note", "bookmark", "comment");
    put(Callout.Kind.INFO, "info", "information", "primary", "blue", "question", "help", "faq",
        "circle-info", "info-circle", "lightbulb-info", "book", "check-circle-info");
    put(Callout.Kind.TIP, "tip", "tips", "hint", "success", "green", "check", "done",
        "lightbulb", "light-bulb", "circle-check", "check-circle", "thumbs-up", "star");
    put(Callout.Kind.IMPORTANT, "important", "purple", "attention-important", "exclamation",
        "circle-exclamation", "bell", "bullhorn");
    put(Callout.Kind.WARNING, "warning", "warn", "attention", "orange", "yellow",
        "triangle-exclamation", "exclamation-triangle", "exclamation-circle");
    put(Callout.Kind.CAUTION, "caution");
    put(Callout.Kind.DANGER, "danger", "error", "red", "failure", "fail", "missing", "bug",
        "fire", "skull", "ban", "circle-xmark", "xmark", "times-circle");
  }

  private CalloutKinds() {}

  private static void put(Callout.Kind kind, String... spellings) {
    for (String s : spellings) {
      KINDS.put(s, kind);
    }
  }

  /** The kind a spelling names ("Warning", "alert-danger", "fa-circle-info"), or null. */
  static Callout.Kind of(String spelling) {
    String s = spelling.strip().toLowerCase(Locale.ROOT);
    if (s.length() > 64) {
      return null;
    }
    s = s.replaceFirst("^(alert|fa|fas|far|icon|callout|admonition|notice)-", "");
    return KINDS.get(s);
  }
}
