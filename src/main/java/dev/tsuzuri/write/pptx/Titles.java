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
  /** Text shorter than this many times its size is one line. */
  private static final double ONE_LINE = 1.6;

  private Titles() {}

  /**
   * Writes a title into a shape at the largest size that fits and returns the size chosen, not
   * fitting when even the floor does not fit (the text is then left at the floor size). With
   * {@code preferOneLine}, a size at which the title stays on one line wins over a larger one
   * that wraps.
   */
  static Choice set(TextFiller filler, TextMeasurer measurer, XSLFTextShape shape,
      List<Run> title, double floor, boolean preferOneLine) {
    filler.runs(shape, title, null);
    double size = layoutSize(shape);
    Double firstFit = null;
    double room = Measure.room(shape);
    for (double s = size; s >= floor - 0.01; s -= STEP) {
      double h = measurer.title(shape, title, s == size ? null : s);
      if (h > room) {
        continue;
      }
      if (firstFit == null) {
        firstFit = s;
      }
      if (!preferOneLine || h < s * ONE_LINE) {
        Choice c = new Choice(s == size ? null : s, true);
        apply(filler, shape, title, c);
        return c;
      }
    }
    if (firstFit != null) {
      Choice c = new Choice(firstFit == size ? null : firstFit, true);
      apply(filler, shape, title, c);
      return c;
    }
    Choice c = new Choice(floor, false);
    apply(filler, shape, title, c);
    return c;
  }

  /**
   * The size a title was set in.
   *
   * @param size the size in points, or null for the layout's own
   * @param fits false when even the floor does not fit
   */
  record Choice(Double size, boolean fits) {}

  /** Writes a title in a size chosen before by {@link #set} (same title, same layout). */
  static void apply(TextFiller filler, XSLFTextShape shape, List<Run> title, Choice c) {
    filler.runs(shape, title, c.size());
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
