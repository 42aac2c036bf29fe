package dev.tsuzuri.write.docx.internal;

import java.util.regex.Pattern;

/** The visible text of a raw HTML fragment: tags dropped, line breaks kept, a few entities. */
final class HtmlText {
  private static final Pattern BREAK = Pattern.compile("(?i)<(br|/p|/div|/li|/tr|/h[1-6])\\b[^>]*>");
  private static final Pattern DROP =
      Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

  private HtmlText() {}

  static String of(String html) {
    String s = DROP.matcher(html).replaceAll("");
    s = BREAK.matcher(s).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&nbsp;", "\u00A0").replace("&amp;", "&");
    return s.replaceAll("[ \\t]*\\n[ \\t\\n]*", "\n").strip();
  }
}
