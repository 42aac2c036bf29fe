package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Run;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * A slide POI made in a measuring copy of the template, with its text boxes found once.
 *
 * @param slide the slide
 * @param title its title box, or null
 * @param body its body box, or null
 * @param subtitleOrBody its subtitle box, else its body box, or null
 */
record PoiSlide(XSLFSlide slide, PoiBox title, PoiBox body, PoiBox subtitleOrBody)
    implements ScratchSlide {

  PoiSlide(XSLFSlide slide) {
    this(slide, PoiBox.of(Layouts.title(slide)), PoiBox.of(Layouts.body(slide)),
        PoiBox.of(Layouts.subtitleOrBody(slide)));
  }

  @Override
  public String layoutPart() {
    return slide.getSlideLayout().getPackagePart().getPartName().getName();
  }

  @Override
  public double cellByPoi(TextMeasurer measurer, double width, List<Run> runs,
      boolean header) {
    return PoiTables.measured(slide, measurer, width, runs, header);
  }
}
