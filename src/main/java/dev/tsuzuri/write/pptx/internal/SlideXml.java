package dev.tsuzuri.write.pptx.internal;

/** One slide part being written: its XML, its relationships and the next free shape id. */
final class SlideXml {
  private final StringBuilder xml = new StringBuilder(8 * 1024);
  private final SlideRels rels = new SlideRels();
  /** Id 1 is the shape tree's own. */
  private int nextId = 2;
  /** Where the shape tree's first shape goes: shapes inserted here are behind all others. */
  private int behind;
  /** Where the common slide data starts: a background goes here, before the shape tree. */
  private int background;
  /** True when the slide swaps the master's dark and light colours. */
  private boolean inverted;

  /** Starts a slide on a layout. */
  SlideXml(LayoutXml layout) {
    rels.add(SlideRels.LAYOUT, DeckPackage.relative(layout.part()));
    xml.append(Xml.DECLARATION).append("<p:sld").append(Xml.NAMESPACES)
        .append("><p:cSld>");
    background = xml.length();
    xml.append("<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/>")
        .append("<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/>")
        .append("<a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/>")
        .append("</a:xfrm></p:grpSpPr>");
    behind = xml.length();
  }

  /** Gives the slide a background of one colour (six hex digits). */
  void background(String hex) {
    fill("<a:srgbClr val=\"" + hex + "\"/>");
  }

  /**
   * Gives the slide the theme's first dark colour as its background: the background of an
   * inverted slide, named directly (not as {@code bg1}) so that a reader which does not apply
   * the slide's colour-map override (LibreOffice) shows it dark too.
   */
  void darkBackground() {
    fill("<a:schemeClr val=\"dk1\"/>");
  }

  private void fill(String color) {
    String bg = "<p:bg><p:bgPr><a:solidFill>" + color + "</a:solidFill>"
        + "<a:effectLst/></p:bgPr></p:bg>";
    xml.insert(background, bg);
    behind += bg.length();
  }

  /**
   * Swaps the master's dark and light scheme colours on this slide (background dark, text
   * light): the template's own darker variant, as a colour-map override PowerPoint applies to
   * everything on the slide that takes a scheme colour.
   */
  void invert() {
    inverted = true;
  }

  /** Puts shapes behind every shape written so far or later (a background picture). */
  void behind(CharSequence shapes) {
    xml.insert(behind, shapes);
    behind += shapes.length();
  }

  /** Where shapes are appended. */
  StringBuilder xml() {
    return xml;
  }

  SlideRels rels() {
    return rels;
  }

  /** A shape id no other shape of this slide has. */
  int nextId() {
    return nextId++;
  }

  /** Closes the slide; the XML is complete after this. */
  StringBuilder finish() {
    xml.append("</p:spTree></p:cSld><p:clrMapOvr>");
    if (inverted) {
      xml.append("<a:overrideClrMapping bg1=\"dk1\" tx1=\"lt1\" bg2=\"dk2\" tx2=\"lt2\"")
          .append(" accent1=\"accent1\" accent2=\"accent2\" accent3=\"accent3\"")
          .append(" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\"")
          .append(" hlink=\"hlink\" folHlink=\"folHlink\"/>");
    } else {
      xml.append("<a:masterClrMapping/>");
    }
    return xml.append("</p:clrMapOvr></p:sld>");
  }

  /** The offset and extent of a shape, in points, as {@code a:off} and {@code a:ext}. */
  static void box(StringBuilder out, double x, double y, double w, double h) {
    out.append("<a:off x=\"").append(Xml.emu(x)).append("\" y=\"").append(Xml.emu(y))
        .append("\"/><a:ext cx=\"").append(Xml.emu(w)).append("\" cy=\"").append(Xml.emu(h))
        .append("\"/>");
  }
}
