package dev.tsuzuri.write.pptx.internal;

import java.util.List;

/**
 * A layout as slides made from it start: the part they point to and the placeholders PowerPoint
 * (and POI's {@code createSlide}) copies onto each new slide, in order.
 *
 * @param part the layout's part name, e.g. {@code /ppt/slideLayouts/slideLayout2.xml}
 * @param placeholders the placeholders copied onto a slide
 */
record LayoutXml(String part, List<Placeholder> placeholders) {

  /**
   * One placeholder copied from the layout.
   *
   * @param untouched the shape as copied, with its layout's prompt text (id to be replaced)
   * @param filled the shape with a hole for its paragraphs
   * @param grounded the same with the code background fill, or null for shapes never filled so
   * @param title whether slides put their title here
   * @param body whether slides put their body here (the largest body placeholder)
   * @param subtitle whether title slides put their subtitle here (else the body)
   * @param boxes the same drawn as each callout kind's box (fill and outline), empty for shapes
   *     never drawn so
   */
  record Placeholder(ShapeXml untouched, ShapeXml filled, ShapeXml grounded, boolean title,
      boolean body, boolean subtitle,
      java.util.Map<dev.tsuzuri.outline.Callout.Kind, ShapeXml> boxes) {}
}
