package dev.tsuzuri.read.internal.html;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text and language of a {@code <pre>} block, as a code block shows them. */
final class CodeText {
  private static final Pattern CLASS_LANGUAGE = Pattern.compile(
      "(?:^|\\s)(?:language|lang|highlight-source|sourceCode)-([A-Za-z0-9_+#.-]{1,32})(?:\\s|$)");
  private static final Pattern BRUSH = Pattern.compile("\\bbrush\\s*:\\s*([A-Za-z0-9_+#-]{1,32})");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_+#.-]{1,32}");

  private CodeText() {}

  /**
   * The text as shown: every text inside, a {@code <br>} or the end of a block inside as a line
   * end; the line end right after {@code <pre>} and the white space at the end left out.
   * Iterative, so any depth of nesting costs no stack.
   */
  static String of(Element pre) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          b.append(t.getWholeText());
        } else if (node instanceof Element e && e.normalName().equals("br")) {
          b.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node != pre && node instanceof Element e && Tags.isBlock(e.normalName())
            && b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
          b.append('\n');
        }
      }
    }, pre);
    String s = b.toString().replace("\r\n", "\n").replace('\r', '\n');
    if (s.startsWith("\n")) {
      s = s.substring(1);
    }
    return s.stripTrailing();
  }

  /**
   * The language a block names: {@code class="language-x"} (Markdown renderers, highlight.js,
   * Prism), {@code lang-x}, {@code brush: x} (SyntaxHighlighter, in Blogger and WordPress
   * exports), {@code lang="x"} or {@code data-lang}; on the {@code <pre>} or the {@code <code>}
   * inside it. "" when none.
   */
  static String language(Element pre) {
    String found = languageOf(pre);
    if (found.isEmpty() && pre.childrenSize() > 0) {
      Element first = pre.child(0);
      if (first.normalName().equals("code")) {
        found = languageOf(first);
      }
    }
    return found.toLowerCase(Locale.ROOT);
  }

  private static String languageOf(Element e) {
    String cls = e.attr("class");
    if (cls.length() <= 1000) {
      Matcher m = CLASS_LANGUAGE.matcher(cls);
      if (m.find()) {
        return m.group(1);
      }
      m = BRUSH.matcher(cls);
      if (m.find()) {
        return m.group(1);
      }
    }
    for (String a : new String[] {"lang", "data-lang", "data-language"}) {
      String v = e.attr(a).strip();
      if (WORD.matcher(v).matches()) {
        return v;
      }
    }
    return "";
  }
}
