package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.outline.ImageRole;
import dev.tsuzuri.slide.Line;
import java.awt.geom.Rectangle2D;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What measuring reads of one text placeholder of the bundled template, as POI read it at build
 * time: its box and insets, its room, the size titles inherit in it, and the style of each kind
 * of paragraph in it.
 *
 * @param anchor the box, in points
 * @param top the top inset
 * @param left the left inset
 * @param bottom the bottom inset
 * @param right the right inset
 * @param room the height text may take (see {@link Measure#room})
 * @param excessLimit the most of POI's excess taken back (see {@link Measure#excessLimit})
 * @param layoutSize the size a title's runs inherit
 * @param titleStyle the style of a title paragraph, empty when only POI lays it out
 * @param bodyStyles the style of each kind of body paragraph, empty when only POI lays it out
 */
record BoxFacts(Rectangle2D anchor, double top, double left, double bottom, double right,
    double room, double excessLimit, double layoutSize, Optional<ParagraphStyle> titleStyle,
    Map<StyleKey, Optional<ParagraphStyle>> bodyStyles) {

  /**
   * A kind of body paragraph: what its style depends on.
   *
   * @param level its level, at most {@link TextFiller#MAX_LEVEL}
   * @param kind its kind
   * @param continued whether it continues a bullet item (bullets only)
   */
  record StyleKey(int level, Line.Kind kind, boolean continued) {
    /** The kind of paragraph a line is written as. */
    static StyleKey of(Line line) {
      return new StyleKey(Math.min(line.level(), TextFiller.MAX_LEVEL), line.kind(),
          line.kind() == Line.Kind.BULLET && line.continued());
    }
  }

  /**
   * The same placeholder moved and narrowed beside a right-hand side picture leaving the text
   * this share of the width, as {@link PoiScratch#narrowedSlide} places it: POI keeps a box in
   * whole EMU, so the box is rounded as POI rounds it, and everything read from the box's width
   * or height follows.
   */
  BoxFacts narrowed(double pageWidth, int textPercent) {
    Rectangle2D box = SidePlacement.text(anchor, pageWidth, ImageRole.Placement.RIGHT,
        100 - textPercent);
    Rectangle2D a = new Rectangle2D.Double(emu(box.getX()), emu(box.getY()),
        emu(box.getWidth()), emu(box.getHeight()));
    double wrap = a.getWidth() * Measure.WIDTH_SAFETY - left - right;
    Map<StyleKey, Optional<ParagraphStyle>> body = new LinkedHashMap<>();
    double codeMargin = Measure.codeRightMargin(a.getWidth());
    bodyStyles.forEach((k, v) -> body.put(k, v.map(s -> k.kind() == Line.Kind.CODE
        ? s.withWrapWidth(wrap).withRightMargin(codeMargin) : s.withWrapWidth(wrap))));
    return new BoxFacts(a, top, left, bottom, right,
        (a.getHeight() - top - bottom) * Measure.HEIGHT_SAFETY, excessLimit, layoutSize,
        titleStyle.map(s -> s.withWrapWidth(wrap)), body);
  }

  /** Points kept as POI keeps a shape's position: whole EMU (12,700 a point), as an int. */
  private static double emu(double points) {
    int emu = (int) Math.rint(12700.0 * points);
    return (double) emu / 12700.0;
  }

  void write(DataOutputStream out) throws IOException {
    for (double d : new double[] {anchor.getX(), anchor.getY(), anchor.getWidth(),
        anchor.getHeight(), top, left, bottom, right, room, excessLimit, layoutSize}) {
      out.writeDouble(d);
    }
    writeStyle(out, titleStyle);
    out.writeInt(bodyStyles.size());
    for (Map.Entry<StyleKey, Optional<ParagraphStyle>> e : bodyStyles.entrySet()) {
      out.writeInt(e.getKey().level());
      out.writeUTF(e.getKey().kind().name());
      out.writeBoolean(e.getKey().continued());
      writeStyle(out, e.getValue());
    }
  }

  static BoxFacts read(DataInputStream in) throws IOException {
    Rectangle2D anchor = new Rectangle2D.Double(in.readDouble(), in.readDouble(),
        in.readDouble(), in.readDouble());
    double top = in.readDouble();
    double left = in.readDouble();
    double bottom = in.readDouble();
    double right = in.readDouble();
    double room = in.readDouble();
    double excessLimit = in.readDouble();
    double layoutSize = in.readDouble();
    Optional<ParagraphStyle> title = readStyle(in);
    int n = in.readInt();
    if (n < 0 || n > 1000) {
      throw new IOException("damaged snapshot");
    }
    Map<StyleKey, Optional<ParagraphStyle>> body = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      StyleKey key = new StyleKey(in.readInt(), Line.Kind.valueOf(in.readUTF()),
          in.readBoolean());
      body.put(key, readStyle(in));
    }
    return new BoxFacts(anchor, top, left, bottom, right, room, excessLimit, layoutSize, title,
        body);
  }

  static void writeStyle(DataOutputStream out, Optional<ParagraphStyle> style)
      throws IOException {
    out.writeBoolean(style.isPresent());
    if (style.isPresent()) {
      ParagraphStyle s = style.get();
      for (double d : new double[] {s.wrapWidth(), s.leftMargin(), s.indent(), s.rightMargin(),
          s.lineSpacing(), s.spaceBefore(), s.spaceAfter(), s.runSize(), s.sizeScale()}) {
        out.writeDouble(d);
      }
      out.writeBoolean(s.runBold());
      out.writeBoolean(s.runItalic());
      out.writeDouble(s.emptySize());
      out.writeUTF(s.emptyFamily());
    }
  }

  static Optional<ParagraphStyle> readStyle(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return Optional.empty();
    }
    return Optional.of(new ParagraphStyle(in.readDouble(), in.readDouble(), in.readDouble(),
        in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
        in.readDouble(), in.readBoolean(), in.readBoolean(), in.readDouble(), in.readUTF()));
  }
}
