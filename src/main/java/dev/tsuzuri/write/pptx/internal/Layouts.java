package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The layouts of a template that slides are made from, found by name first (English and
 * Japanese PowerPoint names), then by layout type, then by the placeholders they have.
 *
 * @param title the title slide's layout
 * @param content a layout with a title and a body
 * @param section the section header's layout
 * @param titleOnly a layout with a title and no body (for tables and pictures)
 * @param problems what the template lacks, in words, for warnings
 */
record Layouts(XSLFSlideLayout title, XSLFSlideLayout content, XSLFSlideLayout section,
    XSLFSlideLayout titleOnly, List<String> problems) {

  /** The layout names looked for, in order: the English name first. */
  static final List<String> TITLE_NAMES = List.of("Title Slide", "タイトル スライド");
  static final List<String> CONTENT_NAMES = List.of("Title and Content",
      "タイトルとコンテンツ", "Title and Text");
  static final List<String> SECTION_NAMES = List.of("Section Header", "セクション見出し");
  static final List<String> TITLE_ONLY_NAMES = List.of("Title Only", "タイトルのみ");

  /**
   * Finds the layouts in a template.
   *
   * @throws TsuzuriException when the template has no layout with both a title and a body
   */
  static Layouts find(XMLSlideShow ppt, String templateName) {
    List<XSLFSlideLayout> all = new ArrayList<>();
    for (XSLFSlideMaster m : ppt.getSlideMasters()) {
      all.addAll(List.of(m.getSlideLayouts()));
    }
    List<String> problems = new ArrayList<>();
    XSLFSlideLayout content = pick(all, CONTENT_NAMES,
        List.of(SlideLayout.TITLE_AND_CONTENT, SlideLayout.TEXT),
        l -> title(l) != null && body(l) != null);
    if (content == null) {
      throw new TsuzuriException(templateName, 0, "the template has no layout with a title and a "
          + "body placeholder (looked for \"" + CONTENT_NAMES.get(0) + "\"); layouts found: "
          + names(all));
    }
    if (!hasName(content, CONTENT_NAMES)) {
      problems.add("no layout named \"" + CONTENT_NAMES.get(0) + "\"; using \""
          + content.getName() + "\" for content slides");
    }
    XSLFSlideLayout title = pick(all, TITLE_NAMES, List.of(SlideLayout.TITLE),
        l -> title(l) != null && subtitleOrBody(l) != null && l != content);
    if (title == null) {
      problems.add("no layout named \"" + TITLE_NAMES.get(0) + "\"; title slides use \""
          + content.getName() + "\"");
      title = content;
    }
    XSLFSlideLayout section = pick(all, SECTION_NAMES, List.of(SlideLayout.SECTION_HEADER),
        l -> false);
    if (section == null) {
      problems.add("no layout named \"" + SECTION_NAMES.get(0) + "\"; section slides use \""
          + title.getName() + "\"");
      section = title;
    }
    XSLFSlideLayout titleOnly = pick(all, TITLE_ONLY_NAMES, List.of(SlideLayout.TITLE_ONLY),
        l -> title(l) != null && body(l) == null && l.getType() != SlideLayout.TITLE);
    if (titleOnly == null) {
      problems.add("no layout named \"" + TITLE_ONLY_NAMES.get(0) + "\"; tables and pictures "
          + "use \"" + content.getName() + "\" without its body");
      titleOnly = content;
    }
    return new Layouts(title, content, section, titleOnly, List.copyOf(problems));
  }

  private static XSLFSlideLayout pick(List<XSLFSlideLayout> all, List<String> names,
      List<SlideLayout> types, Predicate<XSLFSlideLayout> shape) {
    for (String n : names) {
      for (XSLFSlideLayout l : all) {
        if (l.getName() != null && norm(l.getName()).equals(norm(n))) {
          return l;
        }
      }
    }
    for (SlideLayout t : types) {
      for (XSLFSlideLayout l : all) {
        if (l.getType() == t) {
          return l;
        }
      }
    }
    for (XSLFSlideLayout l : all) {
      if (shape.test(l)) {
        return l;
      }
    }
    return null;
  }

  private static boolean hasName(XSLFSlideLayout l, List<String> names) {
    return l.getName() != null && names.stream().anyMatch(n -> norm(n).equals(norm(l.getName())));
  }

  private static String norm(String s) {
    return s.replaceAll("[\\s\u3000]+", "").toLowerCase(Locale.ROOT);
  }

  private static String names(List<XSLFSlideLayout> all) {
    List<String> n = new ArrayList<>();
    for (XSLFSlideLayout l : all) {
      n.add("\"" + l.getName() + "\"");
    }
    return n.isEmpty() ? "none" : String.join(", ", n);
  }

  /** Where the body of a content slide is, in points: tables and pictures go there too. */
  java.awt.geom.Rectangle2D bodyArea() {
    return body(content).getAnchor();
  }

  /** The title placeholder of a slide or layout, or null. */
  static XSLFTextShape title(XSLFSheet sheet) {
    return placeholder(sheet, Placeholder.TITLE, Placeholder.CENTERED_TITLE);
  }

  /** The main body placeholder (the largest body or content placeholder), or null. */
  static XSLFTextShape body(XSLFSheet sheet) {
    XSLFTextShape best = null;
    double area = -1;
    for (XSLFTextShape s : sheet.getPlaceholders()) {
      Placeholder p = s.getPlaceholder();
      if (p == Placeholder.BODY || p == Placeholder.CONTENT) {
        double a = s.getAnchor().getWidth() * s.getAnchor().getHeight();
        if (a > area) {
          area = a;
          best = s;
        }
      }
    }
    return best;
  }

  /** The subtitle placeholder, else the body, or null. */
  static XSLFTextShape subtitleOrBody(XSLFSheet sheet) {
    XSLFTextShape s = placeholder(sheet, Placeholder.SUBTITLE);
    return s != null ? s : body(sheet);
  }

  private static XSLFTextShape placeholder(XSLFSheet sheet, Placeholder... types) {
    for (XSLFTextShape s : sheet.getPlaceholders()) {
      for (Placeholder t : types) {
        if (s.getPlaceholder() == t) {
          return s;
        }
      }
    }
    return null;
  }
}
