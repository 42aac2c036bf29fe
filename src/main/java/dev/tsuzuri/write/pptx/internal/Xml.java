package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.ooxml.XmlText;

/** The slide parts' namespaces, and escaping ({@link XmlText}) for the parts written as text. */
final class Xml {
  /** The drawing, presentation and relationship namespaces every slide part declares. */
  static final String NAMESPACES = " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
      + " xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
  static final String DECLARATION = XmlText.DECLARATION + "\n";

  private Xml() {}

  /** Points as EMU (12,700 to the point), rounded as POI's {@code Units.toEMU} rounds them. */
  static long emu(double points) {
    return (long) Math.rint(points * 12700);
  }
}
