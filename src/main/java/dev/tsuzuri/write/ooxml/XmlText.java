package dev.tsuzuri.write.ooxml;

/**
 * The one XML escaping of the Word and PowerPoint writers, which write their parts as text:
 * element content and double-quoted attribute values, appended to the part being written. The
 * characters XML cannot carry at all are removed before ({@link dev.tsuzuri.write.XmlChars}).
 */
public final class XmlText {
  /** The declaration every part starts with. */
  public static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

  private XmlText() {}

  /** Appends element content: {@code & < >} escaped ({@code >} so "]]>" can never appear). */
  public static StringBuilder text(StringBuilder out, CharSequence s) {
    int n = s.length();
    out.ensureCapacity(out.length() + n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out;
  }

  /**
   * Appends a double-quoted attribute value: {@code & < > "} escaped, and tab, newline and
   * carriage return as character references, which readers keep (written as themselves,
   * attribute normalisation would turn them into spaces).
   */
  public static StringBuilder attribute(StringBuilder out, CharSequence s) {
    int n = s.length();
    out.ensureCapacity(out.length() + n);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        default -> out.append(c);
      }
    }
    return out;
  }
}
