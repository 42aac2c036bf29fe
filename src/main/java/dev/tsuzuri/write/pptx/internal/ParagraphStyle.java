package dev.tsuzuri.write.pptx.internal;

/**
 * What laying out one kind of paragraph in one text box depends on, read from POI once ({@link
 * PoiBox#styleOf}) or from the bundled template's snapshot: the box's width and insets, the
 * paragraph's margins and spacing, and the size and weight its runs inherit from the layout and
 * master. POI resolves each of these through the slide, layout and master
 * XML on every call; reading them once lets {@link AwtParagraph} lay out thousands of lines
 * without touching the XML.
 *
 * @param wrapWidth the width text wraps at before the paragraph's own margins: the box's width at
 *     the safe share ({@link Measure#WIDTH_SAFETY}) less its left and right insets
 * @param leftMargin the paragraph's left margin in points
 * @param indent the first line's indent in points (usually negative, for the bullet)
 * @param rightMargin the paragraph's right margin in points
 * @param lineSpacing positive: percent of a line; negative: points
 * @param spaceBefore positive: percent of the first line; negative: points
 * @param spaceAfter positive: percent of the last line; negative: points
 * @param runSize the size of a run that sets none, in points
 * @param sizeScale what a run's own size is multiplied by (a shape's autofit scale)
 * @param runBold whether a run that sets no weight is bold
 * @param runItalic whether a run that sets no posture is italic
 * @param emptySize the size an empty paragraph is measured in
 * @param emptyFamily the typeface an empty paragraph is measured in
 */
record ParagraphStyle(double wrapWidth, double leftMargin, double indent, double rightMargin,
    double lineSpacing, double spaceBefore, double spaceAfter, double runSize, double sizeScale,
    boolean runBold, boolean runItalic, double emptySize, String emptyFamily) {

  /** The same style in a box whose text wraps at another width. */
  ParagraphStyle withWrapWidth(double width) {
    return new ParagraphStyle(width, leftMargin, indent, rightMargin, lineSpacing, spaceBefore,
        spaceAfter, runSize, sizeScale, runBold, runItalic, emptySize, emptyFamily);
  }

  /** The same style with the spacing a paragraph sets itself (see ParagraphStyle's fields). */
  ParagraphStyle withSpacing(double lineSpacing, double spaceBefore) {
    return new ParagraphStyle(wrapWidth, leftMargin, indent, rightMargin, lineSpacing,
        spaceBefore, spaceAfter, runSize, sizeScale, runBold, runItalic, emptySize, emptyFamily);
  }

  /** The same style with another right margin, in points. */
  ParagraphStyle withRightMargin(double margin) {
    return new ParagraphStyle(wrapWidth, leftMargin, indent, margin, lineSpacing,
        spaceBefore, spaceAfter, runSize, sizeScale, runBold, runItalic, emptySize, emptyFamily);
  }
}
