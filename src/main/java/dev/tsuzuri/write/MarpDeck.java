package dev.tsuzuri.write;

import dev.tsuzuri.outline.BlockWalker;
import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.Document;
import java.util.List;
import java.util.Map;

/**
 * What the writers read alike from a Marp deck's deck-wide (global) directives: whether a note
 * is a Marp deck, a directive's value wherever it is written, the slide size asked for, and the
 * note every writer gives about a theme, which only the PowerPoint writer can apply (from a
 * template folder).
 */
public final class MarpDeck {
  private MarpDeck() {}

  /** True for a Marp deck ({@code marp: true} in its front matter). */
  public static boolean isMarp(Document document) {
    Object marp = document.metadata().extra().get("marp");
    return marp != null && Boolean.parseBoolean(String.valueOf(marp).strip());
  }

  /**
   * A global directive's value: the front matter's, or the last comment's anywhere in the note
   * (global directives apply to the whole deck wherever they are written); "" when not set.
   */
  public static String global(Document document, String name) {
    Map<String, Object> extra = document.metadata().extra();
    Object v = extra.get(name);
    String[] value = {v == null || v instanceof Map || v instanceof List ? ""
        : String.valueOf(v).strip()};
    new BlockWalker() {
      @Override
      public Void visitDirective(Directive d) {
        if (d.name().equals(name) && !d.spot()) {
          value[0] = d.value().strip();
        }
        return null;
      }
    }.walk(document.blocks());
    return value[0];
  }

  /**
   * The deck's {@code size} as written ({@code 4:3}, {@code 16:9}), or "". Front matter is read
   * as YAML 1.1, where an unquoted {@code 4:3} is a base-60 number (243) and {@code 16:9} is
   * 969; Marp reads them as the text written, and so does this.
   */
  public static String size(Document document) {
    String size = global(document, "size");
    return switch (size) {
      case "243" -> "4:3";
      case "969" -> "16:9";
      default -> size;
    };
  }

  /** The deck's {@code theme}, or "" (also for a note that is not a Marp deck). */
  public static String theme(Document document) {
    return isMarp(document) ? global(document, "theme") : "";
  }

  /**
   * What becomes of the deck's theme outside PowerPoint, or "" when it names none: the look of
   * a Marp theme is CSS, which tsuzuri does not run.
   */
  public static String themeNote(Document document) {
    String theme = theme(document);
    return theme.isEmpty() ? "" : "Marp theme '" + theme + "' is not applied: only the"
        + " PowerPoint writer applies a theme, as " + theme + ".pptx from a folder given with"
        + " --template; otherwise the slides take the template's look";
  }
}
