package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Run;
import java.util.List;

/** A slide of one of the template's layouts in a {@link Scratch}: its text boxes. */
interface ScratchSlide {
  /** The layout's part name: slides of one layout (narrowed or not) share their title sizes. */
  String layoutPart();

  /** Its title placeholder, or null. */
  TextBox title();

  /** Its main body placeholder (the largest body or content placeholder), or null. */
  TextBox body();

  /** Its subtitle placeholder, else the body, or null. */
  TextBox subtitleOrBody();

  /**
   * A table cell's height (text and the padding POI reports) measured by POI in a one-cell table
   * made on this slide for a moment.
   */
  double cellByPoi(TextMeasurer measurer, double width, List<Run> runs, boolean header);
}
