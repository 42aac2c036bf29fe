package dev.tsuzuri.write.pptx;

import dev.tsuzuri.slide.Run;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Sets titles in the largest size, from the layout's own down to a floor, at which they fit. */
final class Titles {
  /** A content slide's title never goes below this size (points). */
  static final double MIN_SIZE = 20;
  private static final double STEP = 2;

  private Titles() {}

  /**
   * Writes a title into a shape at the largest size that fits; returns false when even the floor
   * does not fit (the text is then left at the floor size).
   */
  static boolean set(TextFiller filler, XSLFTextShape shape, List<Run> title, double floor) {
    filler.runs(shape, title, null);
    if (Measure.fits(shape)) {
      return true;
    }
    double size = layoutSize(shape);
    for (double s = size - STEP; s >= floor; s -= STEP) {
      filler.runs(shape, title, s);
      if (Measure.fits(shape)) {
        return true;
      }
    }
    filler.runs(shape, title, floor);
    return Measure.fits(shape);
  }

  private static double layoutSize(XSLFTextShape shape) {
    for (XSLFTextParagraph p : shape.getTextParagraphs()) {
      for (XSLFTextRun r : p.getTextRuns()) {
        Double s = r.getFontSize();
        if (s != null) {
          return s;
        }
      }
    }
    return 28;
  }
}
