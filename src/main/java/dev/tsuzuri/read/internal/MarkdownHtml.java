package dev.tsuzuri.read.internal;

/**
 * Markdown to HTML, as Hugo's {@code markdownify} does it for a site template: the same
 * flexmark configuration as the reader, and a lone paragraph without its {@code <p>}. Text the
 * parser cannot read in reasonable time or stack (thousands of nested delimiters or lists) is
 * kept as escaped text.
 */
public final class MarkdownHtml {
  private MarkdownHtml() {}

  /** The HTML of a piece of Markdown. */
  public static String render(String markdown) {
    if (markdown.isBlank()) {
      return "";
    }
    String html;
    try {
      if (EmphasisGuard.tooManyDelimiters(markdown)) {
        return escape(markdown);
      }
      html = FlexmarkParser.html(FlexmarkParser.parse(markdown)).strip();
    } catch (StackOverflowError | RuntimeException e) {
      return escape(markdown);
    }
    if (html.startsWith("<p>") && html.endsWith("</p>")
        && html.indexOf("<p>", 3) < 0) {
      return html.substring(3, html.length() - 4);
    }
    return html;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
