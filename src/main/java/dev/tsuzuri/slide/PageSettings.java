package dev.tsuzuri.slide;

import dev.tsuzuri.outline.Directive;
import dev.tsuzuri.outline.ImageRole;
import dev.tsuzuri.outline.Metadata;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Marp directives in force as a deck is read page by page: front-matter values first, a
 * local directive from its page on, a spot directive ({@code _class}) on its own page only, as
 * Marpit applies them.
 */
final class PageSettings {
  /** The directives that change how one slide looks; the rest are settings of the deck. */
  static final Set<String> LOCAL = Set.of("paginate", "header", "footer", "class",
      "backgroundColor", "backgroundImage", "color");

  private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]{1,2000})\\1\\s*\\)");
  private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
  private static final Map<String, String> NAMED = Map.of("white", "FFFFFF", "black", "000000",
      "red", "FF0000", "green", "008000", "blue", "0000FF", "yellow", "FFFF00", "gray", "808080",
      "grey", "808080", "navy", "000080", "orange", "FFA500");

  /** The longest CSS value read for a picture address. */
  static final int MAX_CSS_VALUE = 4000;

  /** The local directives in force, by name. */
  private final Map<String, String> local = new HashMap<>();

  /** Starts from the front matter's local directives. */
  PageSettings(Metadata meta) {
    for (String name : LOCAL) {
      Object v = meta.extra().get(name);
      if (v != null && !(v instanceof Map) && !(v instanceof List)) {
        local.put(name, String.valueOf(v).strip());
      }
    }
  }

  /**
   * The page's settings: the directives in force, with the page's own applied (local ones also
   * to the pages after it), and its background and side pictures.
   */
  Page page(List<Directive> directives, List<Page.Backdrop> backgrounds,
      ImageRole.Placement side, int sidePercent, List<Page.Backdrop> sidePictures) {
    Map<String, String> here = new HashMap<>(local);
    for (Directive d : directives) {
      if (!LOCAL.contains(d.name())) {
        continue;
      }
      here.put(d.name(), d.value());
      if (!d.spot()) {
        local.put(d.name(), d.value());
      }
    }
    List<Page.Backdrop> behind = new java.util.ArrayList<>();
    String image = here.getOrDefault("backgroundImage", "");
    // a CSS value is short; a longer one is not searched (the bounded pattern stays linear)
    Matcher url = URL.matcher(image.length() <= MAX_CSS_VALUE ? image : "");
    if (url.find()) {
      behind.add(new Page.Backdrop(new Picture(url.group(2), "", List.of()),
          ImageRole.Scale.COVER));
    }
    behind.addAll(backgrounds);
    return new Page(Boolean.parseBoolean(here.getOrDefault("paginate", "false")),
        here.getOrDefault("header", ""), here.getOrDefault("footer", ""),
        color(here.getOrDefault("backgroundColor", "")), color(here.getOrDefault("color", "")),
        here.getOrDefault("class", ""), behind,
        side, sidePercent, sidePictures, 0, 0, false);
  }

  /**
   * A CSS colour as six hex digits, or "" for one tsuzuri does not read (an invalid one, as a
   * browser would, is ignored).
   */
  static String color(String css) {
    String c = css.strip();
    if (HEX.matcher(c).matches()) {
      String h = c.substring(1).toUpperCase(Locale.ROOT);
      if (h.length() == 3) {
        h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2)
            + h.charAt(2);
      }
      return h;
    }
    return NAMED.getOrDefault(c.toLowerCase(Locale.ROOT), "");
  }

  /**
   * The {@code headingDivider} of a deck: headings of this level or above start a page; 0 when
   * not set. The front matter's value, or a comment's anywhere in the deck (it is global).
   */
  static int headingDivider(Metadata meta, List<Directive> all) {
    Object v = meta.extra().get("headingDivider");
    String text = v == null ? null : String.valueOf(v);
    for (Directive d : all) {
      if (d.name().equals("headingDivider")) {
        text = d.value();
      }
    }
    if (text == null || !text.strip().matches("[1-6]")) {
      return 0;
    }
    return Integer.parseInt(text.strip());
  }
}
