package dev.tsuzuri.read.internal.text;

import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.ImageRole;
import dev.tsuzuri.outline.ImageSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marp's two extensions of Markdown, read in one place: directives in HTML comments
 * ({@code <!-- _class: lead -->}) and keywords in an image's alternative text
 * ({@code ![bg right:40% contain](x)}, {@code ![w:300](x)}). Everything here is a line-by-line or
 * word-by-word scan: linear in the text's length.
 */
public final class MarpSyntax {
  private MarpSyntax() {}

  /** The directive names Marp (Marpit and Marp Core) knows, global and local. */
  static final Set<String> DIRECTIVES = Set.of("theme", "style", "headingDivider", "size",
      "math", "title", "description", "author", "image", "keywords", "url", "marp", "lang",
      "paginate", "header", "footer", "class", "backgroundColor", "backgroundImage",
      "backgroundPosition", "backgroundRepeat", "backgroundSize", "color", "transition");

  /**
   * The name of the spot directive the reader gives a heading holding Marp's
   * {@code <!-- fit -->} comment: its line is the heading's, and the slide plan fits that title
   * to the slide's width.
   */
  public static final String FIT = "fit";

  /**
   * True for Marp's fitting-heading comment, {@code <!-- fit -->} (spaces inside optional). A
   * character scan, no pattern: linear in the comment's length.
   */
  public static boolean isFitComment(String html) {
    String s = html.strip();
    if (!s.startsWith("<!--") || !s.endsWith("-->") || s.length() < 7) {
      return false;
    }
    return s.substring(4, s.length() - 3).strip().equals(FIT);
  }

  /** CSS filters Marp applies to images; tsuzuri draws pictures as they are. */
  private static final Set<String> FILTERS = Set.of("blur", "brightness", "contrast",
      "drop-shadow", "grayscale", "hue-rotate", "invert", "opacity", "saturate", "sepia");

  /** {@code name: value} on one line; the name as Marp spells it, with an optional spot mark. */
  private static final Pattern DIRECTIVE_LINE = Pattern.compile("(_?)([A-Za-z]{1,40})[ \\t]*:(.*)");

  private static final Pattern SIZE = Pattern.compile("(w|width|h|height):(\\d{1,5})(?:\\.\\d+)?(px)?");
  private static final Pattern SIDE = Pattern.compile("(left|right)(?::(\\d{1,3})(?:\\.\\d+)?%)?");

  /**
   * The directives an HTML comment holds, or none when it is anything else (then it is a note).
   * A comment is directives only when every line of it is one: a sentence with a colon in it
   * stays a note.
   *
   * @param text the comment's text without its delimiters
   * @param line the comment's source line
   */
  public static List<Directive> directives(String text, int line) {
    List<Directive> out = new ArrayList<>();
    for (String raw : text.split("\n", -1)) {
      String l = raw.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (l.length() > 4000) {
        return List.of();
      }
      Matcher m = DIRECTIVE_LINE.matcher(l);
      if (!m.matches() || !DIRECTIVES.contains(m.group(2))) {
        return List.of();
      }
      out.add(new Directive(m.group(2), unquote(m.group(3).strip()), !m.group(1).isEmpty(), line));
    }
    return out;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"")
        || v.startsWith("'") && v.endsWith("'"))) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }

  /**
   * An image's alternative text read for Marp keywords.
   *
   * @param alt the words left once the keywords are taken out
   * @param role background, side or inline
   * @param size the size the keywords ask for ({@link ImageSize#NONE} when none)
   * @param filtered true when the text names CSS filters, which are not drawn
   */
  public record Image(String alt, ImageRole role, ImageSize size, boolean filtered) {}

  /**
   * Reads Marp keywords out of an image's alternative text. Words such as {@code left} or
   * {@code sepia} count only beside {@code bg} or a size keyword, so that ordinary alternative
   * text is left as written.
   *
   * @param fallbackSize the size found some other way (HTML attributes), kept when the alt text
   *     gives none
   */
  public static Image image(String alt, ImageSize fallbackSize) {
    String[] words = alt.strip().split("[ \\t\\n]+");
    boolean marp = false;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.equals("bg") || SIZE.matcher(lower).matches()) {
        marp = true;
        break;
      }
    }
    if (!marp) {
      return new Image(alt, ImageRole.INLINE, fallbackSize, false);
    }
    boolean bg = false;
    ImageRole.Placement placement = ImageRole.Placement.BACKGROUND;
    int percent = 0;
    ImageRole.Scale scale = ImageRole.Scale.AUTO;
    int width = 0;
    int height = 0;
    boolean filtered = false;
    StringBuilder rest = new StringBuilder();
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      Matcher size = SIZE.matcher(lower);
      Matcher side = SIDE.matcher(lower);
      String filter = lower.contains(":") ? lower.substring(0, lower.indexOf(':')) : lower;
      if (lower.equals("bg")) {
        bg = true;
      } else if (size.matches()) {
        int v = Integer.parseInt(size.group(2));
        if (size.group(1).startsWith("w")) {
          width = v;
        } else {
          height = v;
        }
      } else if (side.matches()) {
        placement = side.group(1).equals("left") ? ImageRole.Placement.LEFT
            : ImageRole.Placement.RIGHT;
        percent = side.group(2) == null ? 0 : Math.min(100, Integer.parseInt(side.group(2)));
      } else if (lower.equals("contain") || lower.equals("fit")) {
        scale = ImageRole.Scale.CONTAIN;
      } else if (lower.equals("cover")) {
        scale = ImageRole.Scale.COVER;
      } else if (lower.equals("auto") || lower.equals("vertical") || lower.matches("\\d{1,4}%")) {
        // Marp's own placement details: tsuzuri fills the area as with the default
        continue;
      } else if (FILTERS.contains(filter)) {
        filtered = true;
      } else if (!w.isEmpty()) {
        rest.append(rest.length() == 0 ? "" : " ").append(w);
      }
    }
    ImageRole role = bg ? new ImageRole(placement, placement == ImageRole.Placement.BACKGROUND
        ? 0 : percent, scale) : ImageRole.INLINE;
    ImageSize size = width > 0 || height > 0 ? new ImageSize(width, height) : fallbackSize;
    return new Image(rest.toString(), role, size, filtered);
  }
}
