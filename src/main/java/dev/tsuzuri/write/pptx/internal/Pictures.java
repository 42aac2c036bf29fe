package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.PictureText;
import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.outline.ImageRole;
import dev.tsuzuri.slide.Picture;
import dev.tsuzuri.slide.Run;
import dev.tsuzuri.slide.Slide;
import dev.tsuzuri.write.ImageData;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.XmlChars;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes an image slide's picture, scaled to fit the body area and centred, with its caption
 * under it; a picture that cannot be read is replaced by a box saying what was meant to be there.
 */
final class Pictures {
  private static final double CAPTION_HEIGHT = 34;
  private static final double CAPTION_SIZE = 18.0;
  private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "bmp");

  private Pictures() {}

  /** Appends the picture (or its stand-in) and the caption to a slide. */
  static void write(SlideXml slide, TextXml text, TextFiller filler, Slide s, Rectangle2D area,
      WriteContext context, DeckPackage pkg) {
    Picture pic = s.picture();
    double captionHeight = pic.caption().isEmpty() ? 0 : CAPTION_HEIGHT;
    Optional<ImageData> img = context.resources().image(pic.src(), s.line());
    double w = area.getWidth();
    double h = area.getHeight() - captionHeight;
    if (img.isPresent()) {
      ImageData data = img.get();
      if (!FORMATS.contains(data.format())) {
        throw new TsuzuriException("unsupported image format: " + data.format());
      }
      double scale = Math.min(w / data.width(), h / data.height());
      if (!pic.size().isNone()) {
        // the size the note asks for (CSS pixels, 3/4 of a point) is the most it is drawn at
        double[] asked = pic.size().resolve(data.width(), data.height());
        scale = Math.min(scale, asked[0] * 0.75 / data.width());
      }
      double pw = data.width() * scale;
      double ph = data.height() * scale;
      picture(slide, pkg.addImage(data), pic.alt(), area.getX() + (w - pw) / 2,
          area.getY() + (h - ph) / 2, pw, ph);
    } else {
      // the warning came from the resources; the slide still says what was meant to be there
      List<Run> stand = new ArrayList<>();
      stand.add(Run.plain(
          "[" + (pic.alt().isBlank() ? "image" : PictureText.shown(pic.alt())) + "]\n"));
      stand.add(Run.plain(pic.src()));
      textBox(slide, text, filler.pieces(stand, CAPTION_SIZE), "ctr",
          new Rectangle2D.Double(area.getX(), area.getY(), w, h));
    }
    if (!pic.caption().isEmpty()) {
      textBox(slide, text, filler.pieces(pic.caption(), CAPTION_SIZE), null,
          new Rectangle2D.Double(area.getX(), area.getMaxY() - captionHeight, w,
              captionHeight));
    }
  }

  /** A title slide's cover picture, fitted and centred in the band; nothing when unreadable. */
  static void cover(SlideXml slide, Slide s, Rectangle2D band, WriteContext context,
      DeckPackage pkg) {
    Picture pic = s.picture();
    if (band.getHeight() <= 0 || band.getWidth() <= 0) {
      return;
    }
    // front matter has no lines of its own: warnings name the note's first line
    Optional<ImageData> img = context.resources().image(pic.src(), 1);
    if (img.isEmpty() || !FORMATS.contains(img.get().format())) {
      return;
    }
    ImageData data = img.get();
    double scale = Math.min(band.getWidth() / data.width(), band.getHeight() / data.height());
    double pw = data.width() * scale;
    double ph = data.height() * scale;
    picture(slide, pkg.addImage(data), pic.alt(), band.getX() + (band.getWidth() - pw) / 2,
        band.getY() + (band.getHeight() - ph) / 2, pw, ph);
  }

  /**
   * A background or side picture filling an area: cropped to cover it, or whole and centred in
   * it ({@code contain}); nothing when it cannot be read (the resources said why).
   *
   * @param out where the picture's XML goes (behind the text for a background)
   */
  static void fill(SlideXml slide, StringBuilder out, Picture pic, ImageRole.Scale scale,
      Rectangle2D area, int line, WriteContext context, DeckPackage pkg) {
    Optional<ImageData> img = context.resources().image(pic.src(), line);
    if (img.isEmpty() || !FORMATS.contains(img.get().format()) || area.getWidth() <= 0
        || area.getHeight() <= 0) {
      return;
    }
    ImageData data = img.get();
    double sx = area.getWidth() / data.width();
    double sy = area.getHeight() / data.height();
    String target = pkg.addImage(data);
    if (scale == ImageRole.Scale.CONTAIN) {
      double k = Math.min(sx, sy);
      double pw = data.width() * k;
      double ph = data.height() * k;
      picture(slide, out, target, pic.alt(), area.getX() + (area.getWidth() - pw) / 2,
          area.getY() + (area.getHeight() - ph) / 2, pw, ph, "");
      return;
    }
    // cover: scaled to the larger ratio, the overflow cropped evenly on both sides
    double k = Math.max(sx, sy);
    double cropX = (1 - area.getWidth() / (data.width() * k)) / 2;
    double cropY = (1 - area.getHeight() / (data.height() * k)) / 2;
    String crop = "<a:srcRect l=\"" + Math.round(cropX * 100000) + "\" t=\""
        + Math.round(cropY * 100000) + "\" r=\"" + Math.round(cropX * 100000) + "\" b=\""
        + Math.round(cropY * 100000) + "\"/>";
    picture(slide, out, target, pic.alt(), area.getX(), area.getY(), area.getWidth(),
        area.getHeight(), crop);
  }

  private static void picture(SlideXml slide, String target, String alt, double x, double y,
      double w, double h) {
    picture(slide, slide.xml(), target, alt, x, y, w, h, "");
  }

  private static void picture(SlideXml slide, StringBuilder out, String target, String alt,
      double x, double y, double w, double h, String crop) {
    String rel = slide.rels().add(SlideRels.IMAGE, target);
    int id = slide.nextId();
    out.append("<p:pic><p:nvPicPr><p:cNvPr id=\"").append(id).append("\" name=\"Picture ")
        .append(id).append('"');
    if (!alt.isBlank()) {
      out.append(" descr=\"");
      XmlText.attribute(out, XmlChars.clean(alt)).append('"');
    }
    out.append("/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/>")
        .append("</p:nvPicPr><p:blipFill><a:blip r:embed=\"").append(rel)
        .append("\"/>").append(crop)
        .append("<a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm>");
    SlideXml.box(out, x, y, w, h);
    out.append("</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>");
  }

  /**
   * A text box of one centred paragraph.
   *
   * @param anchor "ctr" to centre the text vertically, or null for the top
   */
  private static void textBox(SlideXml slide, TextXml text, List<TextFiller.Piece> pieces,
      String anchor, Rectangle2D box) {
    StringBuilder out = slide.xml();
    int id = slide.nextId();
    out.append("<p:sp><p:nvSpPr><p:cNvPr id=\"").append(id).append("\" name=\"TextBox ")
        .append(id).append("\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm>");
    SlideXml.box(out, box.getX(), box.getY(), box.getWidth(), box.getHeight());
    out.append("</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr>")
        .append("<p:txBody><a:bodyPr rtlCol=\"0\"");
    if (anchor != null) {
      out.append(" anchor=\"").append(anchor).append('"');
    }
    out.append("/><a:lstStyle/>");
    text.paragraph(out, pieces, "ctr", slide.rels(), false);
    out.append("</p:txBody></p:sp>");
  }
}
