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

  /** A fitted title is never set larger than this (points). */
  static final double MAX_FIT_SIZE = 200;

  /**
   * The largest size, between a floor and {@link #MAX_FIT_SIZE}, at which a title stays on one
   * line of a (scratch) title shape and within its height: Marp's {@code <!-- fit -->} heading,
   * which fills the slide's width. The height of one line grows with the size, so the largest
   * size is found by halving the range (whole points). A title that does not stay on one line
   * even at the floor is chosen as any other title is.
   */
  static Choice fitted(TextMeasurer measurer, TextBox shape, List<Run> title,
      double floor, boolean preferOneLine) {
    double room = measurer.room(shape);
    int low = (int) Math.ceil(floor);
    if (!oneLine(measurer, shape, title, low, room)) {
      return choose(measurer, shape, title, floor, preferOneLine);
    }
    int high = (int) MAX_FIT_SIZE;
    while (low < high) {
      int mid = (low + high + 1) / 2;
      if (oneLine(measurer, shape, title, mid, room)) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return new Choice((double) low, true);
  }

  private static boolean oneLine(TextMeasurer measurer, TextBox shape, List<Run> title,
      double size, double room) {
    double h = measurer.title(shape, title, size);
    return h <= room && h < size * ONE_LINE;
  }

  /**
   * The size a title is set in.
   *
   * @param size the size in points, or null for the layout's own
   * @param fits false when even the floor does not fit
   */
  record Choice(Double size, boolean fits) {}
}
