package dev.tsuzuri.serve.internal;

/** Building the server's own pages: escaping text and attribute values. */
final class Html {
  private final StringBuilder b = new StringBuilder(4096);

  /** Appends markup as it is. */
  Html raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Appends text, escaped for element content and quoted attribute values. */
  Html text(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return this;
  }

  /** Appends {@code <a href="HREF">TEXT</a>}. */
  Html link(String href, String text) {
    return raw("<a href=\"").text(href).raw("\">").text(text).raw("</a>");
  }

  /** The page's opening, up to and including {@code <body ...>}. */
  Html open(String title, String root, String channel, long version) {
    return raw("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<title>").text(title).raw(" · tsuzuri</title>\n")
        .raw("<link rel=\"stylesheet\" href=\"").text(root).raw("assets/preview.css\">\n")
        .raw("<script src=\"").text(root).raw("assets/preview.js\" defer></script>\n")
        .raw("</head>\n<body data-root=\"").text(root).raw("\" data-events=\"").text(root)
        .raw("events/").text(RequestPath.encode(channel)).raw("?v=").raw(Long.toString(version))
        .raw("\">\n");
  }

  @Override
  public String toString() {
    return b.toString();
  }
}
