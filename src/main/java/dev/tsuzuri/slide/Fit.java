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
   * Code on a page the author cut is never set smaller than this, in points. Code is not body
   * text: Marp's themes set it smaller than the text around it, and Marp scales a block too wide
   * for the slide down with no floor at all. 10 pt on the bundled 10-inch-wide slide is the same
   * share of the width as 13.3 pt on PowerPoint's 13.33-inch one or 18 px on Marp's 1280 px one:
   * still legible projected, and what lets a typical page of code (15 to 20 lines) stay on the
   * slide the author made.
   */
  double MIN_CODE_SIZE = 10;

  /**
   * The fit of content slides whose body text and code are set in these sizes: a page the author
   * cut is kept on one slide by setting its text smaller, body text down to
   * {@link #MIN_BODY_SIZE} and code down to {@link #MIN_CODE_SIZE}.
   *
   * @param bodyPoints the body text's size in points, at least {@link #MIN_BODY_SIZE}, or 0 for
   *     the layout's own
   * @param codePoints the code's size in points, at least {@link #MIN_CODE_SIZE}, or 0 for the
   *     writer's own
   */
  Fit sized(double bodyPoints, double codePoints);
}
