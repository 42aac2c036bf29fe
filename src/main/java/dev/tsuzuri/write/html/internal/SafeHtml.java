package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.XmlChars;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Turns untrusted raw HTML from a note into DOM nodes, keeping only a small safe subset.
 *
 * <p>Nothing is ever handed to an HTML or XML parser: tags are tokenised here and only elements
 * from an allow-list are created, without attributes (except an {@code http(s)}/{@code mailto}
 * link target). Text between tags is kept as text. {@code <script>}, {@code <style>}, {@code
 * <iframe>} and their kin are dropped together with their content, with a warning; other unknown
 * tags are dropped and their text kept. Inline HTML arrives in pieces ({@code <b>}, text, {@code
 * </b>}), so one instance keeps its open elements across {@link #feed} calls.
 */
public final class SafeHtml {
  private static final Set<String> INLINE = Set.of("b", "strong", "i", "em", "u", "s", "del",
      "ins", "sup", "sub", "kbd", "span", "small", "mark", "code", "q", "abbr", "cite", "var",
      "samp", "a");
  private static final Set<String> BLOCK = Set.of("p", "div", "ul", "ol", "li", "blockquote",
      "pre", "dl", "dt", "dd", "center");
  private static final Set<String> VOID = Set.of("br", "hr", "wbr");
  private static final Set<String> DANGEROUS = Set.of("script", "style", "iframe", "object",
      "embed", "noscript", "template", "svg", "math", "textarea", "select", "title", "head",
      "frame", "frameset", "applet", "audio", "video", "canvas", "form", "link", "meta", "base");
  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
      Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"),
      Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"),
      Map.entry("hellip", "…"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
      Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("times", "×"),
      Map.entry("rarr", "→"), Map.entry("larr", "←"), Map.entry("yen", "¥"));

  private static final Pattern TOKEN = Pattern.compile(
      "<!--.*?(-->|$)|<!\\[CDATA\\[.*?(]]>|$)|<[!?][^>]*>?"
          + "|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
      Pattern.DOTALL);
  private static final Pattern HREF = Pattern.compile(
      "\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  private final Dom dom;
  private final Element root;
  private final Deque<Element> open = new ArrayDeque<>();
  private final WarningSink warnings;
  private final LinkPolicy links;
  private String dropping;

  /**
   * A sanitiser appending into {@code root}.
   *
   * @param dom the document builder helper
   * @param root where content goes
   * @param warnings where dropped content is reported
   * @param links which {@code href}s an {@code <a>} may keep
   */
  public SafeHtml(Dom dom, Element root, WarningSink warnings, LinkPolicy links) {
    this.dom = dom;
    this.root = root;
    this.warnings = warnings;
    this.links = links;
  }

  /** The element that content following the HTML seen so far belongs in. */
  public Element current() {
    return open.isEmpty() ? root : open.peek();
  }

  /** True while inside a dropped element such as {@code <script>}: text must be skipped. */
  public boolean dropping() {
    return dropping != null;
  }

  /** Feeds a piece of raw HTML written at a source line. */
  public void feed(String html, int line) {
    Matcher m = TOKEN.matcher(html);
    int at = 0;
    while (m.find()) {
      text(html.substring(at, m.start()));
      at = m.end();
      if (m.group(4) != null) {
        tag(m.group(3).equals("/"), m.group(4).toLowerCase(Locale.ROOT), m.group(5), line);
      }
    }
    text(html.substring(at));
  }

  /** Closes whatever the HTML left open. */
  public void finish() {
    open.clear();
    dropping = null;
  }

  private void text(String s) {
    if (s.isEmpty() || dropping != null) {
      return;
    }
    dom.text(current(), decode(s));
  }

  private void tag(boolean closing, String name, String attrs, int line) {
    if (dropping != null) {
      if (closing && name.equals(dropping)) {
        dropping = null;
      }
      return;
    }
    if (DANGEROUS.contains(name)) {
      warnings.warn(line, "raw HTML <" + name + "> dropped");
      if (!closing && !attrs.trim().endsWith("/") && !Set.of("link", "meta", "base", "embed")
          .contains(name)) {
        dropping = name;
      }
      return;
    }
    if (name.equals("img")) {
      warnings.warn(line, "raw HTML image not shown (use Markdown image syntax)");
      return;
    }
    if (VOID.contains(name)) {
      if (!closing) {
        current().appendChild(dom.element(name.equals("wbr") ? "span" : name));
      }
      return;
    }
    boolean inline = INLINE.contains(name);
    if (!inline && !BLOCK.contains(name)) {
      // unknown or structural tags (table, font …): drop the tag, keep its text
      if (Set.of("td", "th", "tr").contains(name) && closing) {
        dom.text(current(), " ");
      }
      return;
    }
    String element = name.equals("center") ? "div" : name;
    if (closing) {
      if (open.stream().anyMatch(e -> e.getLocalName().equals(element))) {
        while (!open.isEmpty()) {
          if (open.pop().getLocalName().equals(element)) {
            break;
          }
        }
      }
      return;
    }
    if (attrs.trim().endsWith("/")) {
      return;
    }
    Element e = dom.element(element);
    if (element.equals("a")) {
      Matcher h = HREF.matcher(attrs);
      if (h.find()) {
        String href = decode(h.group(1) != null ? h.group(1)
            : h.group(2) != null ? h.group(2) : h.group(3)).trim();
        links.check(XmlChars.clean(href))
            .ifPresent(t -> e.setAttribute("href", t.address()));
      }
    }
    current().appendChild(e);
    open.push(e);
  }

  /** Decodes the common named and all numeric character references. */
  static String decode(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder();
    int at = 0;
    while (m.find()) {
      b.append(s, at, m.start());
      String e = m.group(1);
      String rep = null;
      if (e.startsWith("#")) {
        try {
          int cp = e.startsWith("#x") || e.startsWith("#X")
              ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
          if (Character.isValidCodePoint(cp)) {
            rep = new String(Character.toChars(cp));
          }
        } catch (NumberFormatException ignored) {
          rep = null;
        }
      } else {
        rep = ENTITIES.get(e);
      }
      b.append(rep != null ? rep : m.group());
      at = m.end();
    }
    return b.append(s, at, s.length()).toString();
  }
}
