package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/**
 * A text placeholder of a measuring slide, as measuring needs it: where it is, the room it gives
 * text, and the style of each kind of paragraph in it. {@link PoiBox} reads these from POI;
 * {@link KnownBox} has them from the bundled template's build-time snapshot. The slow ways
 * (laying out whole shapes with POI's own code) are here too, for what the fast way does not
 * cover.
 */
interface TextBox {
  /** The box, in points. */
  Rectangle2D anchor();

  /** The height text may safely take in it (see {@link Measure#room}). */
  double room();

  /** The most of POI's per-paragraph excess it takes back: its top and bottom insets. */
  double excessLimit();

  /**
   * The size a title's runs inherit here, in points (see {@link TextMeasurer#layoutSize}).
   *
   * @param filler what writes the example title when it is read from POI
   * @param title an example title
   */
  double layoutSize(TextFiller filler, List<Run> title);

  /**
   * The style of a body line's kind of paragraph here (its level, kind and whether it continues
   * a bullet), empty when only POI lays such a paragraph out.
   *
   * @param filler what writes the example line when it is read from POI
   * @param line an example line of that kind
   */
  Optional<ParagraphStyle> bodyStyle(TextFiller filler, Line line);

  /** The style of a title paragraph here, empty when only POI lays it out. */
  Optional<ParagraphStyle> titleStyle(TextFiller filler, List<Run> title);

  /** A body line laid out alone by POI, or null where only whole shapes are measured. */
  TextMeasurer.Measured lineByPoi(TextFiller filler, Line line);

  /** A title's height at a size (null: the layout's own) by POI, at the safe width. */
  double titleHeightByPoi(TextFiller filler, List<Run> title, Double size);

  /** The height of these lines by POI, less its per-paragraph excess. */
  double pageHeightByPoi(TextFiller filler, List<Line> lines);
}
