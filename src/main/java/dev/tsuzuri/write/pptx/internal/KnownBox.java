package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A text placeholder of the bundled template known from its snapshot. What the snapshot does not
 * hold, and the slow ways of measuring, are asked of the same placeholder in a copy POI opens on
 * first need.
 */
final class KnownBox implements TextBox {
  private final BoxFacts facts;
  private final Supplier<TextBox> poi;

  /**
   * A box of known facts.
   *
   * @param facts what the snapshot holds of it
   * @param poi the same placeholder in a copy POI opens (called only when needed)
   */
  KnownBox(BoxFacts facts, Supplier<TextBox> poi) {
    this.facts = facts;
    this.poi = poi;
  }

  @Override
  public Rectangle2D anchor() {
    return (Rectangle2D) facts.anchor().clone();
  }

  @Override
  public double room() {
    return facts.room();
  }

  @Override
  public double excessLimit() {
    return facts.excessLimit();
  }

  @Override
  public double layoutSize(TextFiller filler, List<Run> title) {
    return Double.isNaN(facts.layoutSize()) ? poi.get().layoutSize(filler, title)
        : facts.layoutSize();
  }

  @Override
  public Optional<ParagraphStyle> bodyStyle(TextFiller filler, Line line) {
    Optional<ParagraphStyle> known = facts.bodyStyles().get(BoxFacts.StyleKey.of(line));
    return known != null ? known.map(s -> filler.styleOf(s, line))
        : poi.get().bodyStyle(filler, line);
  }

  @Override
  public Optional<ParagraphStyle> titleStyle(TextFiller filler, List<Run> title) {
    return facts.titleStyle();
  }

  @Override
  public TextMeasurer.Measured lineByPoi(TextFiller filler, Line line) {
    return poi.get().lineByPoi(filler, line);
  }

  @Override
  public double titleHeightByPoi(TextFiller filler, List<Run> title, Double size) {
    return poi.get().titleHeightByPoi(filler, title, size);
  }

  @Override
  public double pageHeightByPoi(TextFiller filler, List<Line> lines) {
    return poi.get().pageHeightByPoi(filler, lines);
  }
}
