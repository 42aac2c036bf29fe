package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.ImageSize;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.write.ImageData;
import dev.tsuzuri.write.XmlChars;
import java.util.Optional;

/**
 * Places pictures from the note's folder, scaled down to the text width (and a page's height)
 * keeping their aspect ratio. A picture that cannot be read becomes bracketed placeholder text;
 * {@link dev.tsuzuri.write.Resources} has already said why.
 */
final class Images {
  private static final double EMU_PER_POINT = 12700;
  private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
  private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";

  private Images() {}

  static void figure(Conversion cx, Target target, InlineWriter runs, Figure figure) {
    place(cx, target, runs, figure.src(), figure.alt(), figure.size(), figure.line(), true);
  }

  /**
   * An image inside text. When it cannot be shown only its alternative text stands in, as a
   * browser would show it, so the sentence around it still reads.
   */
  static void inline(Conversion cx, Target target, InlineWriter runs, Inline.Image image) {
    // inlines carry no line of their own: warnings name their block's
    place(cx, target, runs, image.src(), image.alt(), image.size(), cx.line(), false);
  }

  private static void place(Conversion cx, Target target, InlineWriter runs, String src,
      String alt, ImageSize size, int line, boolean standalone) {
    Optional<ImageData> image = cx.resources.image(src, line);
    if (image.isPresent() && target.pictures) {
      picture(cx, target, image.get(), alt, size);
      return;
    }
    String label = alt.isBlank() ? src : alt;
    if (!standalone && alt.isBlank()) {
      return;
    }
    target.out.append("<w:r><w:rPr><w:i/></w:rPr>");
    InlineWriter.t(target.out, XmlChars.clean(!standalone ? alt
        : (cx.japanese ? "［画像: " : "[image: ") + label + (cx.japanese ? "］" : "]")));
    target.out.append("</w:r>");
  }

  /**
   * The drawing POI's {@code XWPFRun.addPicture} made, with a real id and description: at the
   * size the note asks for, else the picture's own (CSS pixels, 96 to the inch), scaled down to
   * fit the place (a table cell's width) and a page.
   */
  private static void picture(Conversion cx, Target target, ImageData image, String alt,
      ImageSize size) {
    StringBuilder out = target.out;
    double[] shown = size.resolve(image.width(), image.height());
    double width = Math.max(1, shown[0] * 0.75);
    double height = Math.max(1, shown[1] * 0.75);
    long room = target.widthTwips > 0 ? Math.min(target.widthTwips, cx.textWidthTwips())
        : cx.textWidthTwips();
    double scale = Math.min(1.0, Math.min(room / 20.0 / width,
        cx.textHeightTwips() / 20.0 * 0.9 / height));
    Pictures.Media media = cx.pictures.add(image.bytes(), image.format());
    String id = cx.documentRelationships.internal(media.entry().substring("word/".length()),
        Relationships.IMAGE);
    int number = cx.pictures.number();
    String file = "image" + number + "." + (image.format().equals("jpeg") ? "jpg"
        : image.format());
    long cx_ = Math.round(Math.rint(EMU_PER_POINT * width * scale));
    long cy = Math.round(Math.rint(EMU_PER_POINT * height * scale));
    String extent = "cx=\"" + (int) cx_ + "\" cy=\"" + (int) cy + "\"";
    out.append("<w:r><w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\">"
        + "<wp:extent ").append(extent).append("/><wp:docPr id=\"").append(number)
        .append("\" name=\"Picture ").append(number).append("\" descr=\"");
    XmlText.attribute(out, XmlChars.clean(alt));
    // XMLBeans declared the drawing namespaces here unless the root element already had
    PreparedParts saved = cx.template.saved(false);
    out.append("\"/><a:graphic").append(saved.mainDeclares("a", A) ? "" : " xmlns:a=\"" + A + "\"")
        .append("><a:graphicData uri=\"").append(PIC).append("\"><pic:pic")
        .append(saved.mainDeclares("pic", PIC) ? "" : " xmlns:pic=\"" + PIC + "\"")
        .append("><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"Picture ").append(number - 1)
        .append("\" descr=\"").append(file).append("\"/><pic:cNvPicPr><a:picLocks"
        + " noChangeAspect=\"true\"/></pic:cNvPicPr></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"")
        .append(id).append("\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>"
        + "<a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext ").append(extent).append("/></a:xfrm>"
        + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>"
        + "</a:graphic></wp:inline></w:drawing></w:r>");
  }
}
