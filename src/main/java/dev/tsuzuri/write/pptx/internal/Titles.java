package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Run;
import java.util.List;

/** Chooses the largest size, from the layout's own down to a floor, at which a title fits. */
final class Titles {
  /** A content slide's title never goes below this size (points). */
  static final double MIN_SIZE = 20;
  private static final double STEP = 2;
  /** Text shorter than this many times its size is one line. */
  private static final double ONE_LINE = 1.6;

  private Titles() {}

  /**
   * The largest size at which a title fits a (scratch) title box, not fitting when even the
   * floor does not fit (the text is then set at the floor size). With {@code preferOneLine}, a
   * size at which the title stays on one line wins over a larger one that wraps.
   */
  static Choice choose(TextMeasurer measurer, TextBox shape, List<Run> title,
      double floor, boolean preferOneLine) {
    double size = measurer.layoutSize(shape, title);
    Double firstFit = null;
    double room = measurer.room(shape);
    for (double s = size; s >= floor - 0.01; s -= STEP) {
      double h = measurer.title(shape, title, s == size ? null : s);
      if (h > room) {
        continue;
      }
      if (firstFit == null) {
        firstFit = s;
      }
      if (!preferOneLine || h < s * ONE_LINE) {
        return new Choice(s == size ? null : s, true);
      }
    }
    if (firstFit != null) {
      return new Choice(firstFit == size ? null : firstFit, true);
    }
    return new Choice(floor, false);
  }

  /**
   * The size a title is set in.
   *
   * @param size the size in points, or null for the layout's own
   * @param fits false when even the floor does not fit
   */
  record Choice(Double size, boolean fits) {}
}
