package dev.tsuzuri.write.docx.internal;

/**
 * Escapes text for the parts written as text, exactly as the libraries that wrote them before
 * did, so a part is the same bytes whichever way it was made: XMLBeans for WordprocessingML
 * parts (only {@code &} and {@code <}, and {@code >} after {@code ]]}), the JDK's DOM
 * serializer for package parts (relationships, core properties).
 */
final class WordXml {
  /** WordprocessingML's namespace, bound to the prefix {@code w} in every part written. */
  static final String W = UsedCharacters.W;
  /** The relationships namespace of {@code r:id} and {@code r:embed}. */
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  /** The namespace of inline drawings, {@code wp}. */
  static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

  private static final int CDATA_LENGTH = 32;
  private static final int CDATA_ENTITIES = 5;

  private WordXml() {}

  /**
   * Appends element text as XMLBeans saves it: escaped, or as CDATA when it is longer than 32
   * characters and holds more than 5 {@code <} and {@code &} (XMLBeans' default thresholds,
   * which POI keeps).
   */
  static StringBuilder text(StringBuilder out, String s) {
    int escaped = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<' || c == '&') {
        escaped++;
      }
    }
    if (s.length() > CDATA_LENGTH && escaped > CDATA_ENTITIES) {
      out.append("<![CDATA[");
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '>' && i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']') {
          // "]]>" cannot be inside CDATA: end the section before the '>' and start another
          out.append("]]>><![CDATA[");
        } else {
          out.append(c);
        }
      }
      return out.append("]]>");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&') {
        out.append("&amp;");
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>' && i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']') {
        out.append("&gt;");
      } else {
        out.append(c);
      }
    }
    return out;
  }

  /** Appends an attribute value (in double quotes) as XMLBeans saves it. */
  static StringBuilder attribute(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out;
  }

  /**
   * Appends text as the JDK's DOM serializer writes package parts: {@code & < >} escaped,
   * {@code "} too inside attributes, characters beyond the BMP as character references.
   */
  static StringBuilder dom(StringBuilder out, String s, boolean inAttribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '&') {
        out.append("&amp;");
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '"' && inAttribute) {
        out.append("&quot;");
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
        out.append("&#").append(Character.toCodePoint(c, s.charAt(++i))).append(';');
      } else {
        out.append(c);
      }
    }
    return out;
  }

  /**
   * Closes an element opened at {@code contentStart} (just after its start tag's {@code >}):
   * as an empty element when nothing was written into it, as XMLBeans saves one.
   */
  static void close(StringBuilder out, int contentStart, String name) {
    if (out.length() == contentStart && out.charAt(contentStart - 1) == '>') {
      out.setLength(contentStart - 1);
      out.append("/>");
    } else {
      out.append("</").append(name).append('>');
    }
  }
}
