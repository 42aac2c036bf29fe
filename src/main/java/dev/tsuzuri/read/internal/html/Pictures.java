package dev.tsuzuri.read.internal.html;

import dev.tsuzuri.outline.ImageSize;
import dev.tsuzuri.outline.Inline;
import org.jsoup.nodes.Element;

/** {@code <img>} as an outline image: its address as written, alt text, title and size hint. */
final class Pictures {
  /** Sizes past this many pixels are not hints but mistakes (or attacks): ignored. */
  private static final int MAX_PIXELS = 20_000;

  private Pictures() {}

  /** The image, or null when it has no usable address. */
  static Inline.Image image(Element img, Reading r) {
    r.checkHandlers(img);
    String src = r.address(img, "src");
    if (src.isEmpty()) {
      src = r.address(img, "data-src"); // lazy-loading themes keep the real address here
    }
    if (src.isEmpty()) {
      return null;
    }
    return new Inline.Image(src, img.attr("alt").strip(), img.attr("title").strip(),
        size(img));
  }

  /** The {@code width}/{@code height} attributes in pixels; percentages and junk are no hint. */
  static ImageSize size(Element img) {
    return new ImageSize(pixels(img.attr("width")), pixels(img.attr("height")));
  }

  static int pixels(String value) {
    String v = value.strip();
    if (v.endsWith("px")) {
      v = v.substring(0, v.length() - 2).strip();
    }
    int dot = v.indexOf('.');
    if (dot >= 0) {
      v = v.substring(0, dot);
    }
    if (v.isEmpty() || v.length() > 6) {
      return 0;
    }
    for (int i = 0; i < v.length(); i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return 0;
      }
    }
    int n = Integer.parseInt(v);
    return n > MAX_PIXELS ? 0 : n;
  }
}
