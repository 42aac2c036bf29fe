package dev.tsuzuri.write.pptx.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits the package-wide parts a deck's slides are listed in: the presentation's slide list, its
 * relationships and the content types. The template's own text is kept; entries are inserted.
 */
final class PackageParts {
  private static final Pattern SLIDE_LIST = Pattern.compile(
      "<(\\w+:)?sldIdLst\\s*/>|<(\\w+:)?sldIdLst\\b[^>]*>.*?</(\\w+:)?sldIdLst>", Pattern.DOTALL);
  private static final Pattern AFTER_SLIDE_LIST = Pattern.compile("<(\\w+:)?(sldSz|notesSz)\\b");
  private static final Pattern REL_ID = Pattern.compile("\\bId=\"rId(\\d+)\"");

  private PackageParts() {}

  /** The presentation part with its slide list replaced by slides of these relationship ids. */
  static String presentation(String xml, List<String> relIds) {
    String s = SLIDE_LIST.matcher(xml).replaceAll("");
    Matcher m = AFTER_SLIDE_LIST.matcher(s);
    if (!m.find()) {
      throw new IllegalStateException("presentation part without a slide size");
    }
    String p = m.group(1) == null ? "" : m.group(1);
    StringBuilder list = new StringBuilder(relIds.size() * 40 + 40);
    list.append('<').append(p).append("sldIdLst>");
    int id = 256;
    for (String rel : relIds) {
      list.append('<').append(p).append("sldId id=\"").append(id++).append("\" r:id=\"")
          .append(rel).append("\"/>");
    }
    list.append("</").append(p).append("sldIdLst>");
    return s.substring(0, m.start()) + list + s.substring(m.start());
  }

  /** The highest {@code rIdN} number a relationships part uses. */
  static int maxRelId(String rels) {
    int max = 0;
    Matcher m = REL_ID.matcher(rels);
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max;
  }

  /** A relationships or content-types part with entries inserted before its closing tag. */
  static String insert(String xml, String closing, CharSequence entries) {
    int at = xml.lastIndexOf(closing);
    if (at < 0) {
      throw new IllegalStateException("no " + closing + " in a package part");
    }
    return xml.substring(0, at) + entries + xml.substring(at);
  }
}
