package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.outline.ImageRole;
import java.awt.Dimension;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * A copy of the template opened by POI, with one slide of each layout the deck uses, in which
 * text is measured. Borrowed by one document at a time from {@link PreparedTemplate}: its shapes'
 * text is replaced at will.
 *
 * @param ppt the open copy
 * @param layouts its layouts
 * @param content a slide of the content layout
 * @param titleOnly a slide of the title-only layout (tables are measured here)
 * @param title a slide of the title layout
 * @param section a slide of the section layout
 * @param measurers the measurers of text in these slides, by text style: the paragraph styles
 *     they have read stay valid for every document measured here
 * @param narrowedSlides content slides whose title and body are narrowed beside a side picture,
 *     by the text's share of the width; made when first asked for
 */
record PoiScratch(XMLSlideShow ppt, Layouts layouts, PoiSlide content, PoiSlide titleOnly,
    PoiSlide title, PoiSlide section, Map<TextStyle, TextMeasurer> measurers,
    Map<Integer, PoiSlide> narrowedSlides) implements Scratch {

  /** How many copies this process has made (for tests of reuse). */
  private static final java.util.concurrent.atomic.AtomicInteger MADE =
      new java.util.concurrent.atomic.AtomicInteger();

  /** How many measuring copies this process has opened with POI. */
  static int made() {
    return MADE.get();
  }

  /** Opens a copy of template bytes and makes its slides. */
  static PoiScratch open(byte[] template, String name) {
    XMLSlideShow ppt = Templates.open(template, name);
    return of(ppt, name);
  }

  /** Makes the slides in a copy of the template opened already. */
  static PoiScratch of(XMLSlideShow ppt, String name) {
    Layouts layouts = Layouts.find(ppt, name);
    MADE.incrementAndGet();
    return new PoiScratch(ppt, layouts, new PoiSlide(ppt.createSlide(layouts.content())),
        new PoiSlide(ppt.createSlide(layouts.titleOnly())),
        new PoiSlide(ppt.createSlide(layouts.title())),
        new PoiSlide(ppt.createSlide(layouts.section())), new HashMap<>(), new HashMap<>());
  }

  @Override
  public Dimension pageSize() {
    return ppt.getPageSize();
  }

  @Override
  public PoiSlide narrowed(int textPercent) {
    return narrowedSlides.computeIfAbsent(textPercent,
        p -> new PoiSlide(narrowedSlide(ppt, layouts, p)));
  }

  /** A new content slide in this deck, narrowed as {@link #narrowed} describes. */
  static XSLFSlide narrowedSlide(XMLSlideShow ppt, Layouts layouts, int textPercent) {
    XSLFSlide s = ppt.createSlide(layouts.content());
    double width = ppt.getPageSize().getWidth();
    for (XSLFTextShape shape : new XSLFTextShape[] {Layouts.title(s), Layouts.body(s)}) {
      if (shape != null) {
        java.awt.geom.Rectangle2D box = shape.getAnchor();
        // without a transform of its own, POI would move the layout's shape (every slide's)
        var spPr = ((org.openxmlformats.schemas.presentationml.x2006.main.CTShape)
            shape.getXmlObject()).getSpPr();
        if (!spPr.isSetXfrm()) {
          spPr.addNewXfrm();
        }
        shape.setAnchor(SidePlacement.text(box, width, ImageRole.Placement.RIGHT,
            100 - textPercent));
      }
    }
    return s;
  }

  @Override
  public TextMeasurer measurer(TextStyle style) {
    return measurers.computeIfAbsent(style, s -> new TextMeasurer(new TextFiller(s), s));
  }

  @Override
  public CellMetrics knownCell(boolean header) {
    return null;
  }
}
