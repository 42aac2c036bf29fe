package dev.tsuzuri.write.pptx.internal;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

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
 */
record Scratch(XMLSlideShow ppt, Layouts layouts, XSLFSlide content, XSLFSlide titleOnly,
    XSLFSlide title, XSLFSlide section, Map<TextStyle, TextMeasurer> measurers) {

  /** How many copies this process has made (for tests of reuse). */
  private static final java.util.concurrent.atomic.AtomicInteger MADE =
      new java.util.concurrent.atomic.AtomicInteger();

  /** How many measuring copies this process has made. */
  static int made() {
    return MADE.get();
  }

  /** Opens a copy of template bytes and makes its slides. */
  static Scratch open(byte[] template, String name) {
    XMLSlideShow ppt = Templates.open(template, name);
    return of(ppt, name);
  }

  /** Makes the slides in a copy of the template opened already. */
  static Scratch of(XMLSlideShow ppt, String name) {
    Layouts layouts = Layouts.find(ppt, name);
    MADE.incrementAndGet();
    return new Scratch(ppt, layouts, ppt.createSlide(layouts.content()),
        ppt.createSlide(layouts.titleOnly()), ppt.createSlide(layouts.title()),
        ppt.createSlide(layouts.section()), new HashMap<>());
  }

  /** The measurer of text in this style. */
  TextMeasurer measurer(TextStyle style) {
    return measurers.computeIfAbsent(style, s -> new TextMeasurer(new TextFiller(s), s));
  }

  /** The slide of one of the layouts found. */
  XSLFSlide slideOf(org.apache.poi.xslf.usermodel.XSLFSlideLayout layout) {
    for (XSLFSlide s : new XSLFSlide[] {content, titleOnly, title, section}) {
      if (s.getSlideLayout() == layout) {
        return s;
      }
    }
    throw new IllegalArgumentException("not a layout of this scratch deck");
  }
}
