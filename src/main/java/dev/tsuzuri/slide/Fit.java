package dev.tsuzuri.slide;

import java.util.List;

/**
 * Answers whether content fits on a slide. The slide plan asks; a writer answers by measuring with
 * real font metrics in its template's placeholders. Implementations should measure
 * conservatively: text that a viewer renders slightly wider must still fit.
 */
public interface Fit {
  /** Whether these body lines fit the body of a slide of this layout (CONTENT or CODE). */
  boolean bodyFits(Slide.Layout layout, List<Line> lines);

  /** Whether a content slide's title fits its title placeholder. */
  boolean titleFits(List<Run> title);

  /** Whether this table, header included, fits a table slide's body area. */
  boolean tableFits(TableContent table);

  /**
   * The fit of content slides whose text has only part of the slide's width, a side picture
   * taking the rest: their title and body are measured at that width.
   *
   * @param textPercent the text's share of the width, 1..100 (100: this fit)
   */
  Fit narrowed(int textPercent);

  /** Body text is never set smaller than this, in points. */
  double MIN_BODY_SIZE = 18;

  /**
   * The fit of content slides whose body text (not code) is set in this size: a page the author
   * cut is kept on one slide by setting its text smaller, down to {@link #MIN_BODY_SIZE}.
   *
   * @param points the size in points, at least {@link #MIN_BODY_SIZE}
   */
  Fit sized(double points);
}
