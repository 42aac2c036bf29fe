package dev.tsuzuri.slide;

import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.Metadata;
import dev.tsuzuri.outline.ThematicBreak;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a note that cuts its own slides, as Marp and pandoc read one: {@code marp: true} in the
 * front matter, or a thematic break ({@code ---}) between top-level blocks. Each page between
 * breaks (and, with Marp's {@code headingDivider}, before each heading of that level or above)
 * is one slide; only a page too long for a slide continues on the next.
 *
 * <p>Outside Marp, a page also ends before a heading at the level of the page's first heading
 * or above, as pandoc starts a slide at every heading of its slide level: a blog post with one
 * {@code ---} under its header keeps a slide per section, while a page with a title and its
 * subheadings stays one slide. A Marp deck's pages are only what Marp cuts.
 */
final class PagePlanner {
  private PagePlanner() {}

  /** True when the note cuts its own slides. */
  static boolean cutsOwnSlides(Metadata meta, List<Entry> entries) {
    if (isMarp(meta)) {
      return true;
    }
    for (Entry e : entries) {
      if (e instanceof Entry.Content c && c.block() instanceof ThematicBreak t && t.cutsSlides()) {
        return true;
      }
    }
    return false;
  }

  /** The slides of the note, one or more for each of its pages. */
  static List<Slide> plan(List<Entry> entries, Metadata meta, Fit fit, boolean japanese) {
    List<Directive> all = new ArrayList<>();
    for (Entry e : entries) {
      if (e instanceof Entry.Content c && c.block() instanceof Directive d) {
        all.add(d);
      }
    }
    PageSettings settings = new PageSettings(meta);
    PageSlides builder = new PageSlides(fit, japanese);
    List<Slide> slides = new ArrayList<>();
    List<List<Entry>> pages = pages(entries, PageSettings.headingDivider(meta, all),
        !isMarp(meta));
    for (int i = 0; i < pages.size(); i++) {
      slides.addAll(builder.slides(pages.get(i), settings, i == 0));
    }
    return slides;
  }

  /** True for a Marp deck ({@code marp: true}). */
  private static boolean isMarp(Metadata meta) {
    Object marp = meta.extra().get("marp");
    return marp != null && Boolean.parseBoolean(String.valueOf(marp).strip());
  }

  /**
   * The entries cut into pages at thematic breaks and, with a divider, before headings.
   *
   * @param headingDivider headings of this level or above start a page (0: none)
   * @param atTitleLevel whether a heading at the level of its page's first heading or above
   *     starts a page too (pandoc's reading; Marp's is without)
   */
  static List<List<Entry>> pages(List<Entry> entries, int headingDivider, boolean atTitleLevel) {
    List<List<Entry>> pages = new ArrayList<>();
    List<Entry> page = new ArrayList<>();
    int titleLevel = 0;
    for (Entry e : entries) {
      if (e instanceof Entry.Content c && c.block() instanceof ThematicBreak t && t.cutsSlides()) {
        pages.add(page);
        page = new ArrayList<>();
        titleLevel = 0;
        continue;
      }
      if (e instanceof Entry.Heading h) {
        boolean cut = h.level() <= headingDivider
            || atTitleLevel && titleLevel > 0 && h.level() <= titleLevel;
        if (cut && hasShown(page)) {
          pages.add(page);
          page = new ArrayList<>();
          titleLevel = 0;
        }
        if (titleLevel == 0) {
          titleLevel = h.level();
        }
      }
      page.add(e);
    }
    pages.add(page);
    return pages;
  }

  /** True when a page holds anything but directives (which Marp keeps with the next heading). */
  private static boolean hasShown(List<Entry> page) {
    for (Entry e : page) {
      if (!(e instanceof Entry.Content c && c.block() instanceof Directive)) {
        return true;
      }
    }
    return false;
  }
}
