package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.write.XmlChars;
import java.util.UUID;

/**
 * Writes the footer text (the note's title and date) and the slide number onto a slide, as
 * footer and slide-number placeholders, so they sit where the template's layout puts them.
 */
final class Footer {
  /** The slide-number field's id: any GUID does, the same one keeps outputs reproducible. */
  private static final String SLIDE_NUMBER_FIELD = "{" + UUID.nameUUIDFromBytes(
      "slidenum".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()
      .toUpperCase(java.util.Locale.ROOT) + "}";

  /** The footer run, written once: the same on every slide. */
  private final String footerRun;
  private final String props;

  /**
   * @param text the footer text
   * @param style the run language and typeface
   */
  Footer(String text, TextStyle style) {
    StringBuilder p = new StringBuilder("<a:rPr lang=\"");
    XmlText.attribute(p, style.lang()).append("\"><a:latin typeface=\"").append(style.face())
        .append("\"/><a:ea typeface=\"").append(style.face()).append("\"/></a:rPr>");
    this.props = p.toString();
    if (text.isBlank()) {
      this.footerRun = null;
    } else {
      StringBuilder r = new StringBuilder("<a:r>").append(props).append("<a:t>");
      XmlText.attribute(r, XmlChars.clean(text).replace('\u3000', ' ')).append("</a:t></a:r>");
      this.footerRun = r.toString();
    }
  }

  /** Adds the footer and the slide number (a field PowerPoint keeps up to date). */
  void write(SlideXml slide, int number) {
    StringBuilder out = slide.xml();
    if (footerRun != null) {
      open(out, slide.nextId(), "Footer", "ftr", 11);
      out.append(footerRun).append("</a:p></p:txBody></p:sp>");
    }
    number(slide, number);
  }

  /**
   * Adds what the author's directives ask for: their footer text, if any, and the slide number
   * only when the slide is paginated (Marp's {@code footer} and {@code paginate}).
   */
  void write(SlideXml slide, int number, String text, boolean paginate) {
    StringBuilder out = slide.xml();
    if (!text.isBlank()) {
      open(out, slide.nextId(), "Footer", "ftr", 11);
      out.append("<a:r>").append(props).append("<a:t>");
      XmlText.attribute(out, XmlChars.clean(text).replace('\u3000', ' '));
      out.append("</a:t></a:r></a:p></p:txBody></p:sp>");
    }
    if (paginate) {
      number(slide, number);
    }
  }

  /**
   * A Marp header: one line of small text in a box above the title, when there is room.
   *
   * @return false when the band is too low for it (nothing is written)
   */
  boolean header(SlideXml slide, String text, java.awt.geom.Rectangle2D band) {
    if (band.getHeight() < HEADER_SIZE * 1.5) {
      return false;
    }
    StringBuilder out = slide.xml();
    int id = slide.nextId();
    out.append("<p:sp><p:nvSpPr><p:cNvPr id=\"").append(id).append("\" name=\"Header ")
        .append(id).append("\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm>");
    SlideXml.box(out, band.getX(), band.getY(), band.getWidth(), band.getHeight());
    out.append("</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>")
        .append("<p:txBody><a:bodyPr wrap=\"none\" anchor=\"ctr\"><a:normAutofit/></a:bodyPr>")
        .append("<a:lstStyle/><a:p><a:r>")
        .append(props.replace("<a:rPr ", "<a:rPr sz=\"" + Math.round(HEADER_SIZE * 100) + "\" "))
        .append("<a:t>");
    XmlText.attribute(out, XmlChars.clean(text).replace('\u3000', ' '));
    out.append("</a:t></a:r></a:p></p:txBody></p:sp>");
    return true;
  }

  /** A header's text size, in points: small, as Marp's default theme shows it. */
  private static final double HEADER_SIZE = 14;

  private void number(SlideXml slide, int number) {
    StringBuilder out = slide.xml();
    open(out, slide.nextId(), "Slide Number", "sldNum", 12);
    out.append("<a:fld id=\"").append(SLIDE_NUMBER_FIELD).append("\" type=\"slidenum\">")
        .append(props).append("<a:t>").append(number).append("</a:t></a:fld>")
        .append("</a:p></p:txBody></p:sp>");
  }

  /** A placeholder that takes its position, size and text style from the layout. */
  private static void open(StringBuilder out, int id, String name, String type, int idx) {
    out.append("<p:sp><p:nvSpPr><p:cNvPr id=\"").append(id).append("\" name=\"").append(name)
        .append("\"/><p:cNvSpPr/><p:nvPr><p:ph type=\"").append(type).append("\" idx=\"")
        .append(idx).append("\"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>")
        .append("<a:lstStyle/><a:p>");
  }
}
