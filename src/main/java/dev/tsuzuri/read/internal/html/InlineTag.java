package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.outline.PlainText;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * One piece of inline HTML as CommonMark splits it out of a paragraph: a start tag, an end tag,
 * a comment. The reader pairs start and end tags around the Markdown between them and calls
 * {@link #wrap} with what they enclose.
 */
public final class InlineTag {
  /** What a piece of inline HTML is. */
  public enum Kind {
    /** A start tag; its content follows up to the matching {@link #CLOSE}. */
    OPEN,
    /** An end tag. */
    CLOSE,
    /** An element with no content: {@code <br>}, {@code <img>}, a self-closed tag. */
    EMPTY,
    /** A comment, processing instruction or declaration: nothing shows. */
    HIDDEN,
    /**
     * Something that only looks like a tag, with a name HTML does not have ({@code <none>},
     * {@code <nodename>} in command lines): shown as the text it is.
     */
    LITERAL
  }

  private static final Set<String> VOID = Set.of("br", "wbr", "img", "hr", "input", "area",
      "base", "col", "embed", "link", "meta", "source", "track", "param", "keygen");

  private final Kind kind;
  private final String name;
  private final String source;
  private final Element element;

  private InlineTag(Kind kind, String name, String source, Element element) {
    this.kind = kind;
    this.name = name;
    this.source = source;
    this.element = element;
  }

  /** Reads one piece of inline HTML, as written. */
  public static InlineTag of(String raw) {
    String s = raw.strip();
    if (s.startsWith("<!") || s.startsWith("<?")) {
      return new InlineTag(Kind.HIDDEN, "", raw, null);
    }
    boolean close = s.startsWith("</");
    int i = close ? 2 : 1;
    int start = i;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')
        && s.charAt(i) < 128) {
      i++;
    }
    String name = s.substring(start, i).toLowerCase(Locale.ROOT);
    if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || !Tag.isKnownTag(name)) {
      return new InlineTag(Kind.LITERAL, name, raw, null);
    }
    if (close) {
      return new InlineTag(Kind.CLOSE, name, raw, null);
    }
    int end = s.endsWith("/>") ? s.length() - 2 : s.endsWith(">") ? s.length() - 1 : s.length();
    Element e = new Element(name);
    attributes(s, i, Math.max(i, end), e.attributes());
    boolean empty = VOID.contains(name) || s.endsWith("/>");
    return new InlineTag(empty ? Kind.EMPTY : Kind.OPEN, name, raw, e);
  }

  /**
   * Reads the attributes of a start tag, as HTML's tokenizer does: names up to white space,
   * {@code =}, {@code /} or {@code >}; values quoted or not, character references decoded. One
   * pass, no parser to set up (a note may hold a hundred thousand tags).
   */
  static void attributes(String s, int from, int to, Attributes into) {
    int i = from;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (i < to) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '/') {
        i++;
        continue;
      }
      int nameStart = i;
      while (i < to && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '='
          && s.charAt(i) != '/' && s.charAt(i) != '>') {
        i++;
      }
      String name = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
      while (i < to && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < to && s.charAt(i) == '=') {
        i++;
        while (i < to && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        if (i < to && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
          char quote = s.charAt(i++);
          int close = s.indexOf(quote, i);
          int valueEnd = close < 0 || close > to ? to : close;
          value = s.substring(i, valueEnd);
          i = valueEnd + 1;
        } else {
          int valueStart = i;
          while (i < to && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '>') {
            i++;
          }
          value = s.substring(valueStart, i);
        }
      }
      if (!name.isEmpty() && seen.add(name)) {
        into.put(name, value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true));
      }
    }
  }

  public Kind kind() {
    return kind;
  }

  /** The element's name, lower case. */
  public String name() {
    return name;
  }

  /** The piece as written. */
  public String source() {
    return source;
  }

  /**
   * True when the element only passes its content through ({@code <span>}, {@code <font>} …):
   * pairing it adds no nesting.
   */
  public boolean transparent() {
    return kind == Kind.OPEN && !Tags.DROPPED.contains(name) && Tags.style(name) == null
        && !Tags.isStrong(name) && !Tags.isEmphasis(name) && !Tags.isStrike(name)
        && !Tags.isCode(name) && !name.equals("a") && !name.equals("iframe");
  }

  /**
   * What this start tag and its end tag make of the content between them.
   *
   * @param content the inlines between the tags
   * @param ctx where drops and warnings go
   * @param line the note line of the tag
   */
  public List<Inline> wrap(List<Inline> content, HtmlContext ctx, int line) {
    Reading r = new Reading(ctx, line);
    if (Tags.DROPPED.contains(name)) {
      ctx.dropped(line, "<" + name + ">");
      return List.of();
    }
    if (element != null) {
      r.checkHandlers(element);
    }
    Inline.Styled.Style style = Tags.style(name);
    if (content.isEmpty() && !name.equals("iframe")) {
      return List.of();
    }
    if (style != null) {
      return List.of(new Inline.Styled(style, content));
    }
    if (Tags.isStrong(name)) {
      return List.of(new Inline.Strong(content));
    }
    if (Tags.isEmphasis(name)) {
      return List.of(new Inline.Emphasis(content));
    }
    if (Tags.isStrike(name)) {
      return List.of(new Inline.Strikethrough(content));
    }
    if (Tags.isCode(name)) {
      return List.of(new Inline.Code(PlainText.of(content)));
    }
    if (name.equals("a") && element.hasAttr("href")) {
      String href = r.address(element, "href");
      return href.isEmpty() ? content
          : List.of(new Inline.Link(href, element.attr("title").strip(), content));
    }
    if (name.equals("iframe")) {
      return alone(ctx, line);
    }
    return content;
  }

  /** What an element without content shows: a break, a picture, an embed's link, or nothing. */
  public List<Inline> alone(HtmlContext ctx, int line) {
    if (kind != Kind.EMPTY && !name.equals("iframe")) {
      return wrap(List.of(), ctx, line);
    }
    Reading r = new Reading(ctx, line);
    switch (name) {
      case "br":
        return List.of(new Inline.LineBreak());
      case "img": {
        Inline.Image image = Pictures.image(element, r);
        return image == null ? List.of() : List.of(image);
      }
      case "iframe": {
        Embeds.Target t = Embeds.of(element, r);
        return t == null ? List.of()
            : List.of(new Inline.Link(t.url(), "", List.of(new Inline.Text(t.label()))));
      }
      case "wbr":
      case "hr":
        return List.of();
      default:
        if (Tags.DROPPED.contains(name)) {
          ctx.dropped(line, "<" + name + ">");
        }
        return List.of();
    }
  }
}
