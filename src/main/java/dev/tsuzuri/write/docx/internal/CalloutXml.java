package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.write.CalloutColors;

/**
 * The direct formatting that colours a callout's paragraphs by kind: the "Callout" styles of the
 * reference document draw a neutral box, and each paragraph inside a callout repeats its kind's
 * border and fill from {@link CalloutColors}. Word joins consecutive paragraphs with the same
 * borders into one box.
 */
final class CalloutXml {
  private CalloutXml() {}

  /** The paragraph borders of a kind's box: a thick rule on the left, thin ones around. */
  static String borders(Callout.Kind kind) {
    String c = CalloutColors.look(kind).border();
    return "<w:pBdr>"
        + side("top", 6, 4, c)
        + side("left", 24, 6, c)
        + side("bottom", 6, 4, c)
        + side("right", 6, 4, c)
        + "</w:pBdr>";
  }

  /** The paragraph shading of a kind's box. */
  static String shading(Callout.Kind kind) {
    return "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""
        + CalloutColors.look(kind).fill() + "\"/>";
  }

  private static String side(String side, int size, int space, String color) {
    return "<w:" + side + " w:val=\"single\" w:sz=\"" + size + "\" w:space=\"" + space
        + "\" w:color=\"" + color + "\"/>";
  }
}
