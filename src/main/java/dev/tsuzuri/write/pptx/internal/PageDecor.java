package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.slide.Page;
import dev.tsuzuri.slide.Slide;
import dev.tsuzuri.write.WriteContext;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws what a note's author set for a slide beyond its text (a Marp deck's directives and
 * pictures): the background colour, background pictures behind everything (side by side when
 * several), and side pictures filling their side (one above the other when several).
 */
final class PageDecor {
  private PageDecor() {}

  /** Adds the page's background and pictures to a slide written from its plan. */
  static void draw(SlideXml slide, Slide s, Dimension size, WriteContext context,
      DeckPackage pkg) {
    Page page = s.page();
    if (page.inverted()) {
      slide.invert();
    }
    if (!page.backgroundColor().isEmpty()) {
      slide.background(page.backgroundColor());
    } else if (page.inverted()) {
      slide.darkBackground();
    }
    List<Page.Backdrop> behind = page.backgrounds();
    if (!behind.isEmpty()) {
      StringBuilder shapes = new StringBuilder();
      double w = size.getWidth() / behind.size();
      for (int i = 0; i < behind.size(); i++) {
        Page.Backdrop b = behind.get(i);
        Pictures.fill(slide, shapes, b.picture(), b.scale(),
            new Rectangle2D.Double(i * w, 0, w, size.getHeight()), s.line(), context, pkg);
      }
      slide.behind(shapes);
    }
    if (page.hasSide() && !page.sidePictures().isEmpty()) {
      Rectangle2D area = SidePlacement.picture(size.getWidth(), size.getHeight(), page.side(),
          page.sidePercent());
      List<Page.Backdrop> side = page.sidePictures();
      double h = area.getHeight() / side.size();
      for (int i = 0; i < side.size(); i++) {
        Page.Backdrop b = side.get(i);
        Pictures.fill(slide, slide.xml(), b.picture(), b.scale(),
            new Rectangle2D.Double(area.getX(), area.getY() + i * h, area.getWidth(), h),
            s.line(), context, pkg);
      }
    }
  }

  /** True when at least one of the slide's side pictures can be read and drawn. */
  static boolean anySideReadable(Slide s, WriteContext context) {
    for (Page.Backdrop b : s.page().sidePictures()) {
      if (context.resources().image(b.picture().src(), s.line()).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
