package dev.tsuzuri.write.pptx.internal;

/** Escapes text for XML character data and attribute values written by hand. */
final class Xml {
  /** The drawing, presentation and relationship namespaces every slide part declares. */
  static final String NAMESPACES = " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
      + " xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
  static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private Xml() {}

  /** Appends text escaped for both element content and a double-quoted attribute. */
  static StringBuilder escape(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        // kept as characters by readers only when escaped: attribute normalisation and CR folding
        // would otherwise turn them into spaces or newlines
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        case '\n' -> out.append("&#10;");
        default -> out.append(c);
      }
    }
    return out;
  }

  /** The text escaped, as a string. */
  static String escape(String s) {
    return escape(new StringBuilder(s.length() + 16), s).toString();
  }

  /** Points as EMU (12,700 to the point), rounded as POI's {@code Units.toEMU} rounds them. */
  static long emu(double points) {
    return (long) Math.rint(points * 12700);
  }
}
