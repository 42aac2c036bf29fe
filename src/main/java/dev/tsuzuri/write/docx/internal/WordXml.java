package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.ooxml.XmlText;

/**
 * The WordprocessingML namespaces, and the escaping ({@link XmlText}, shared with the PowerPoint
 * writer) of the parts written as text.
 */
final class WordXml {
  /** WordprocessingML's namespace, bound to the prefix {@code w} in every part written. */
  static final String W = UsedCharacters.W;
  /** The relationships namespace of {@code r:id} and {@code r:embed}. */
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  /** The namespace of inline drawings, {@code wp}. */
  static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

  private WordXml() {}

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
