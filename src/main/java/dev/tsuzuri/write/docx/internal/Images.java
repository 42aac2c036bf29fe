package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.outline.Figure;
import dev.tsuzuri.outline.Inline;
import dev.tsuzuri.write.ImageData;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Places pictures from the note's folder, scaled down to the text width (and a page's height)
 * keeping their aspect ratio. A picture that cannot be read becomes bracketed placeholder text;
 * {@link dev.tsuzuri.write.Resources} has already said why.
 */
final class Images {
  private Images() {}

  static void figure(Conversion cx, Target target, CTP p, Figure figure) {
    place(cx, target, p, p::addNewR, figure.src(), figure.alt(), figure.line(), true);
  }

  /**
   * An image inside text. When it cannot be shown only its alternative text stands in, as a
   * browser would show it, so the sentence around it still reads.
   */
  static void inline(Conversion cx, Target target, CTP p, Supplier<CTR> runs,
      Inline.Image image) {
    // inlines carry no line of their own: warnings name their block's
    place(cx, target, p, runs, image.src(), image.alt(), cx.line(), false);
  }

  private static void place(Conversion cx, Target target, CTP p, Supplier<CTR> runs,
      String src, String alt, int line, boolean standalone) {
    Optional<ImageData> image = cx.resources.image(src, line);
    if (image.isPresent() && target.body().getPart() instanceof XWPFDocument) {
      try {
        picture(cx, target, p, runs, image.get(), alt);
        return;
      } catch (Exception e) {
        cx.warnings.warn(line, "image could not be placed (" + e.getMessage() + "): " + src);
      }
    }
    String label = alt.isBlank() ? src : alt;
    if (!standalone && alt.isBlank()) {
      return;
    }
    CTR r = runs.get();
    r.addNewRPr().addNewI();
    InlineWriter.setText(r.addNewT(), XmlChars.clean(!standalone ? alt
        : (cx.japanese ? "［画像: " : "[image: ") + label + (cx.japanese ? "］" : "]")));
  }

  private static void picture(Conversion cx, Target target, CTP p, Supplier<CTR> runs,
      ImageData image, String alt) throws Exception {
    double width = image.width() * 0.75;
    double height = image.height() * 0.75;
    double scale = Math.min(1.0, Math.min(cx.textWidthTwips() / 20.0 / width,
        cx.textHeightTwips() / 20.0 * 0.9 / height));
    PictureType type = switch (image.format()) {
      case "png" -> PictureType.PNG;
      case "jpeg" -> PictureType.JPEG;
      case "gif" -> PictureType.GIF;
      default -> PictureType.BMP;
    };
    XWPFParagraph paragraph = new XWPFParagraph(p, target.body());
    XWPFRun run = new XWPFRun(runs.get(), paragraph);
    int number = cx.pictureNumber();
    String ext = image.format().equals("jpeg") ? "jpg" : image.format();
    run.addPicture(new ByteArrayInputStream(image.bytes()), type, "image" + number + "." + ext,
        Units.toEMU(width * scale), Units.toEMU(height * scale));
    // POI numbers drawings from 0 and describes them by file name: give each a positive id
    // unique in the document and the note's alternative text, which screen readers announce
    var drawing = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1);
    var docPr = drawing.getInlineArray(0).getDocPr();
    docPr.setId(number);
    docPr.setName("Picture " + number);
    docPr.setDescr(XmlChars.clean(alt));
  }
}
