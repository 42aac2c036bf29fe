package dev.tsuzuri.write.pptx;

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
 */
record Scratch(XMLSlideShow ppt, Layouts layouts, XSLFSlide content, XSLFSlide titleOnly,
    XSLFSlide title, XSLFSlide section) {

  /** Opens a copy of template bytes and makes its slides. */
  static Scratch open(byte[] template, String name) {
    XMLSlideShow ppt = Templates.open(template, name);
    Layouts layouts = Layouts.find(ppt, name);
    return new Scratch(ppt, layouts, ppt.createSlide(layouts.content()),
        ppt.createSlide(layouts.titleOnly()), ppt.createSlide(layouts.title()),
        ppt.createSlide(layouts.section()));
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
