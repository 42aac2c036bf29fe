package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.Inline;
import java.util.Set;

/** What each HTML element means to tsuzuri: which are dropped, which stand as blocks, which mark text. */
final class Tags {
  private Tags() {}

  /**
   * Active, interactive or invisible content: dropped with everything inside it. (An
   * {@code <iframe>} is read as an embed instead, a checkbox as a task mark.)
   */
  static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "object",
      "embed", "applet", "form", "input", "button", "select", "textarea", "option", "optgroup",
      "datalist", "output", "progress", "meter", "canvas", "audio", "video", "svg", "math",
      "link", "meta", "base", "title", "head", "frame", "frameset", "noframes", "param",
      "source", "track", "map", "area", "dialog", "slot", "portal", "xmp", "plaintext");

  /** Containers whose content stands on its own: they break paragraphs and add nothing. */
  static final Set<String> TRANSPARENT_BLOCKS = Set.of("div", "section", "article", "main",
      "header", "footer", "aside", "nav", "address", "hgroup", "center", "fieldset", "search",
      "body", "html", "legend", "caption", "figcaption", "summary", "dt", "dd", "li", "tr",
      "td", "th", "thead", "tbody", "tfoot", "colgroup", "col");

  /** Elements that start a block of their own. */
  static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
      "blockquote", "ul", "ol", "menu", "dl", "table", "hr", "figure", "details", "iframe",
      "listing");

  static boolean isBlock(String name) {
    return BLOCKS.contains(name) || TRANSPARENT_BLOCKS.contains(name);
  }

  /** The mark an inline element puts on its content, or null for none. */
  static Inline.Styled.Style style(String name) {
    switch (name) {
      case "u":
      case "ins":
        return Inline.Styled.Style.UNDERLINE;
      case "mark":
        return Inline.Styled.Style.HIGHLIGHT;
      case "sup":
        return Inline.Styled.Style.SUPERSCRIPT;
      case "sub":
        return Inline.Styled.Style.SUBSCRIPT;
      case "kbd":
        return Inline.Styled.Style.KEYBOARD;
      default:
        return null;
    }
  }

  static boolean isStrong(String name) {
    return name.equals("strong") || name.equals("b");
  }

  static boolean isEmphasis(String name) {
    return name.equals("em") || name.equals("i") || name.equals("cite") || name.equals("dfn")
        || name.equals("var");
  }

  static boolean isStrike(String name) {
    return name.equals("s") || name.equals("del") || name.equals("strike");
  }

  static boolean isCode(String name) {
    return name.equals("code") || name.equals("tt") || name.equals("samp");
  }

  static boolean isHeading(String name) {
    return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1'
        && name.charAt(1) <= '6';
  }
}
