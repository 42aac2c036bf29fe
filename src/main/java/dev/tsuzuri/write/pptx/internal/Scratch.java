package dev.tsuzuri.write.pptx.internal;

import java.awt.Dimension;

/**
 * The template as measuring needs it: a slide of each layout the deck uses, with text boxes to
 * measure text in, borrowed by one document at a time from {@link PreparedTemplate}. A user's
 * template is opened by POI ({@link PoiScratch}); the bundled one is known from its build-time
 * snapshot ({@link SnapshotScratch}), opened by POI only if something it does not cover is
 * asked.
 */
interface Scratch {
  /** The slides' size in points. */
  Dimension pageSize();

  /** A slide of the content layout. */
  ScratchSlide content();

  /** A slide of the title-only layout (tables are measured here). */
  ScratchSlide titleOnly();

  /** A slide of the title layout. */
  ScratchSlide title();

  /** A slide of the section layout. */
  ScratchSlide section();

  /**
   * A content slide with its title and body placed as beside a right-hand side picture that
   * leaves the text this share of the width (the side does not change the sizes).
   */
  ScratchSlide narrowed(int textPercent);

  /** The measurer of text in this style. */
  TextMeasurer measurer(TextStyle style);

  /**
   * What table cells of a kind are measured with, when known ahead; null when it is read from
   * the first cell POI makes.
   */
  CellMetrics knownCell(boolean header);

  /**
   * What laying out a table cell's text depends on: the style of its paragraph and its insets as
   * POI reports them.
   *
   * @param style the style read from one cell, empty when only POI lays cells out
   * @param left the left inset
   * @param right the right inset
   * @param top the top inset (POI's default for a text body, not the cell margin written)
   * @param bottom the bottom inset (likewise)
   */
  record CellMetrics(java.util.Optional<ParagraphStyle> style, double left, double right,
      double top, double bottom) {}
}
