package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.CodeColors;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out one paragraph with Java2D as POI's {@code DrawTextParagraph} does (the same line
 * breaking, the same line heights and spacing, in the same float arithmetic) but from a {@link
 * ParagraphStyle} read once, so no slide XML is consulted per line. {@code PoiFitHeightsTest}
 * holds it to POI's own figures. Not thread-safe: one per {@link TextMeasurer}.
 */
final class AwtParagraph {
  /** What POI measures into: a 1×1 image's default context (no antialiasing, whole pixels). */
  private static final FontRenderContext CONTEXT =
      new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontRenderContext();

  /** How much narrower than the wrapping width (points) a line must be to skip the breaker. */
  private static final double ONE_LINE_MARGIN = 1;

  private final TextStyle style;
  private final Map<FontKey, Font> fonts = new HashMap<>();

  private record FontKey(String family, float size, boolean bold, boolean italic,
      boolean strike) {}

  /** One laid-out line: what POI's text fragment keeps of it. */
  private record LineBox(float ascent, float descent, float leading, float height) {}

  AwtParagraph(TextStyle style) {
    this.style = style;
  }

  /**
   * The heights of a paragraph of these pieces in this style, or null when a piece holds
   * something POI would rewrite first (a tab, which it widens to spaces).
   */
  ParagraphLayout.Heights measure(ParagraphStyle ps, List<TextFiller.Piece> pieces) {
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    List<Font> spanFonts = new ArrayList<>();
    for (TextFiller.Piece piece : pieces) {
      String t = piece.lineBreak() ? "\n" : piece.text();
      if (t.indexOf('\t') >= 0) {
        return null;
      }
      if (t.isEmpty()) {
        continue;
      }
      spans.add(new int[] {text.length(), text.length() + t.length()});
      spanFonts.add(font(ps, piece));
      text.append(t);
    }
    if (text.length() == 0) {
      // POI measures an empty paragraph as one space in the paragraph's default font
      text.append(' ');
      spans.add(new int[] {0, 1});
      spanFonts.add(font(ps.emptyFamily(), (float) ps.emptySize(), false, false, false));
    }
    AttributedString as = new AttributedString(text.toString());
    for (int i = 0; i < spans.size(); i++) {
      as.addAttribute(TextAttribute.FONT, spanFonts.get(i), spans.get(i)[0], spans.get(i)[1]);
    }
    List<LineBox> lines = oneLine(ps, text, as);
    if (lines == null) {
      lines = breakLines(ps, text.toString(), as);
    }
    return heights(ps, lines);
  }

  /**
   * The paragraph as one line when it plainly is one: no line break and narrower than the
   * wrapping width by a margin, so that no rounding of the advances could make the line breaker
   * wrap it. Laying such text out once is half the work of breaking it, and most bullets and
   * titles are one line. Null when the line breaker must decide.
   */
  private static List<LineBox> oneLine(ParagraphStyle ps, CharSequence text,
      AttributedString as) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        return null;
      }
    }
    TextLayout whole = new TextLayout(as.getIterator(), CONTEXT);
    if (whole.getAdvance() > wrappingWidth(ps, true) - ONE_LINE_MARGIN) {
      return null;
    }
    return List.of(box(whole));
  }

  /** The width POI's {@code breakText} wraps a line at (the first line loses its indent). */
  private static double wrappingWidth(ParagraphStyle ps, boolean firstLine) {
    double width = ps.wrapWidth() - ps.leftMargin() - ps.rightMargin();
    if (firstLine) {
      width -= ps.indent();
    }
    double wrappingWidth = width + 1;
    return wrappingWidth < 0 ? 1 : wrappingWidth;
  }

  /** POI's {@code breakText}: the same wrapping width, the same treatment of line breaks. */
  private static List<LineBox> breakLines(ParagraphStyle ps, String text, AttributedString as) {
    List<LineBox> lines = new ArrayList<>();
    java.text.AttributedCharacterIterator it = as.getIterator();
    LineBreakMeasurer measurer = new LineBreakMeasurer(it, CONTEXT);
    int end = it.getEndIndex();
    for (;;) {
      int start = measurer.getPosition();
      // the first line loses the indent (POI breaks text before it knows of a bullet)
      double wrappingWidth = wrappingWidth(ps, lines.isEmpty());
      TextLayout layout;
      int stop;
      if (start == 0 && text.startsWith("\n")) {
        layout = measurer.nextLayout((float) wrappingWidth, 1, false);
        stop = 1;
      } else {
        int nextBreak = text.indexOf('\n', start + 1);
        if (nextBreak == -1) {
          nextBreak = end;
        }
        layout = measurer.nextLayout((float) wrappingWidth, nextBreak, true);
        if (layout == null) {
          layout = measurer.nextLayout((float) wrappingWidth, nextBreak, false);
        }
        if (layout == null) {
          break;
        }
        stop = measurer.getPosition();
        if (stop < end && text.charAt(stop) == '\n') {
          measurer.setPosition(stop + 1);
        }
      }
      lines.add(box(layout));
      if (stop == end) {
        break;
      }
    }
    return lines;
  }

  /** POI's text fragment metrics, in its float arithmetic. */
  private static LineBox box(TextLayout layout) {
    float ascent = layout.getAscent();
    float descent = layout.getDescent();
    double l = layout.getLeading();
    if (l == 0) {
      l = (ascent + descent) * 0.15;
    }
    float leading = (float) l;
    float height = (float) (double) (ascent + descent + leading);
    return new LineBox(ascent, descent, leading, height);
  }

  /**
   * The paragraph's height first in a box and after another paragraph, following POI's {@code
   * DrawTextParagraph.draw} and {@code DrawTextShape.drawParagraphs}.
   */
  private static ParagraphLayout.Heights heights(ParagraphStyle ps, List<LineBox> lines) {
    if (lines.isEmpty()) {
      return new ParagraphLayout.Heights(0, spacing(ps.spaceBefore(), 0), 0);
    }
    double first = draw(ps, lines, true);
    double other = draw(ps, lines, false);
    LineBox top = lines.get(0);
    LineBox bottom = lines.get(lines.size() - 1);
    return new ParagraphLayout.Heights(top.leading() + first,
        spacing(ps.spaceBefore(), top.height()) + other, spacing(ps.spaceAfter(), bottom.height()));
  }

  private static double draw(ParagraphStyle ps, List<LineBox> lines, boolean firstParagraph) {
    double penY = 0;
    LineBox last = null;
    for (LineBox line : lines) {
      if (!(firstParagraph && last == null)) {
        penY -= line.leading() + ((last == null) ? 0 : last.descent());
        if (ps.lineSpacing() > 0) {
          penY += (ps.lineSpacing() * 0.01) * line.height();
        } else {
          penY += -ps.lineSpacing();
        }
        penY -= line.ascent();
      }
      penY += line.height();
      last = line;
    }
    return penY;
  }

  /** POI's reading of a paragraph spacing: positive in percent of a line, negative in points. */
  private static double spacing(double value, double lineHeight) {
    return value > 0 ? value * 0.01 * lineHeight : -value;
  }

  private Font font(ParagraphStyle ps, TextFiller.Piece piece) {
    double size = piece.size() == null ? ps.runSize() : piece.size() * ps.sizeScale();
    String family = piece.marks().code() ? style.monoFace() : style.face();
    CodeColors.Look look = CodeColors.look(piece.marks().token());
    return font(family, (float) size,
        piece.marks().bold() || ps.runBold() || look != null && look.bold(),
        piece.marks().italic() || ps.runItalic() || look != null && look.italic(),
        piece.marks().strike());
  }

  private Font font(String family, float size, boolean bold, boolean italic, boolean strike) {
    return fonts.computeIfAbsent(new FontKey(family, size, bold, italic, strike), k -> {
      Map<TextAttribute, Object> att = new HashMap<>();
      att.put(TextAttribute.FAMILY, k.family());
      att.put(TextAttribute.SIZE, k.size());
      if (k.bold()) {
        att.put(TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD);
      }
      if (k.italic()) {
        att.put(TextAttribute.POSTURE, TextAttribute.POSTURE_OBLIQUE);
      }
      if (k.strike()) {
        att.put(TextAttribute.STRIKETHROUGH, TextAttribute.STRIKETHROUGH_ON);
      }
      return new Font(att);
    });
  }
}
