package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.ooxml.XmlText;
import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Run;
import dev.tsuzuri.write.CodeColors;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.XmlChars;
import java.util.List;
import java.util.Optional;

/**
 * Writes planned lines and runs as DrawingML paragraphs: levels, bullets, marks, links, and on
 * every run its language and both a Latin and an East Asian typeface. It writes the same {@link
 * TextFiller.Piece}s that {@link TextFiller} puts into the shapes that are measured, so what was
 * measured is what is written.
 */
final class TextXml {
  private static final String GREY = "808080";
  private static final String WHITE = "FFFFFF";

  private final TextFiller filler;
  private final TextStyle style;
  private final LinkPolicy links;
  /** The colour of runs without one of their own (six hex digits), or "" for the layout's. */
  private final String color;

  /**
   * @param links which link targets become hyperlinks; an in-document anchor has no target on a
   *     slide, so its text is written without a link
   */
  TextXml(TextFiller filler, TextStyle style, LinkPolicy links) {
    this(filler, style, links, "");
  }

  private TextXml(TextFiller filler, TextStyle style, LinkPolicy links, String color) {
    this.filler = filler;
    this.style = style;
    this.links = links;
    this.color = color;
  }

  /**
   * This writer with runs that have no colour of their own (a code token's, a table header's)
   * set in this colour: a Marp page's {@code color} directive.
   *
   * @param hex six hex digits, or "" for the layout's colours
   */
  TextXml colored(String hex) {
    return hex.equals(color) ? this : new TextXml(filler, style, links, hex);
  }

  /** Body lines, one paragraph each. */
  void lines(StringBuilder out, List<Line> lines, SlideRels rels) {
    for (Line line : lines) {
      int level = Math.min(line.level(), TextFiller.MAX_LEVEL);
      out.append("<a:p><a:pPr lvl=\"").append(level).append('"');
      boolean bullet = line.kind() == Line.Kind.BULLET && !line.continued();
      Double sizedBefore = filler.sizedSpaceBefore(line);
      if (bullet && sizedBefore == null) {
        out.append("/>");
      } else {
        out.append(bullet ? ">" : " indent=\"0\">");
        if (line.kind() == Line.Kind.CODE) {
          out.append("<a:lnSpc><a:spcPts val=\"")
              .append(Math.round(filler.codePitch() * 100))
              .append("\"/></a:lnSpc><a:spcBef><a:spcPct val=\"0\"/></a:spcBef>");
        } else if (sizedBefore != null) {
          out.append("<a:lnSpc><a:spcPct val=\"")
              .append(Math.round(TextFiller.SIZED_LINE_SPACING * 1000))
              .append("\"/></a:lnSpc><a:spcBef><a:spcPts val=\"")
              .append(Math.round(sizedBefore * 100)).append("\"/></a:spcBef>");
        }
        out.append(bullet ? "</a:pPr>" : "<a:buNone/></a:pPr>");
      }
      pieces(out, filler.pieces(line), rels, false);
      out.append("</a:p>");
    }
  }

  /**
   * One paragraph of runs (a title, a caption, a table cell).
   *
   * @param align the {@code algn} value, or null for the placeholder's own
   * @param header true to set every run bold and white (a table's header row)
   */
  void paragraph(StringBuilder out, List<TextFiller.Piece> pieces, String align,
      SlideRels rels, boolean header) {
    out.append("<a:p>");
    if (align != null) {
      out.append("<a:pPr algn=\"").append(align).append("\"/>");
    }
    pieces(out, pieces, rels, header);
    out.append("</a:p>");
  }

  /** One paragraph of a plain run, as a subtitle line added under a title. */
  void plainParagraph(StringBuilder out, String text, SlideRels rels) {
    paragraph(out, filler.pieces(List.of(Run.plain(text)), null), null, rels, false);
  }

  private void pieces(StringBuilder out, List<TextFiller.Piece> pieces, SlideRels rels,
      boolean header) {
    for (TextFiller.Piece piece : pieces) {
      out.append(piece.lineBreak() ? "<a:br>" : "<a:r>");
      props(out, piece, rels, header);
      if (piece.lineBreak()) {
        out.append("</a:br>");
      } else {
        out.append("<a:t>");
        XmlText.attribute(out, piece.text()).append("</a:t></a:r>");
      }
    }
  }

  private void props(StringBuilder out, TextFiller.Piece piece, SlideRels rels,
      boolean header) {
    Run r = piece.marks();
    CodeColors.Look look = CodeColors.look(r.token());
    out.append("<a:rPr lang=\"");
    XmlText.attribute(out, style.lang()).append("\" altLang=\"en-US\"");
    if (piece.size() != null) {
      out.append(" sz=\"").append(Math.round(piece.size() * 100)).append('"');
    }
    if (r.bold() || header || look != null && look.bold()) {
      out.append(" b=\"1\"");
    }
    if (r.italic() || look != null && look.italic()) {
      out.append(" i=\"1\"");
    }
    if (r.underline()) {
      out.append(" u=\"sng\"");
    }
    if (r.strike()) {
      out.append(" strike=\"sngStrike\"");
    }
    if (r.baseline() != 0) {
      out.append(" baseline=\"").append(r.baseline() > 0 ? "30000" : "-25000").append('"');
    }
    out.append('>');
    if (header || piece.grey() || look != null) {
      out.append("<a:solidFill><a:srgbClr val=\"")
          .append(header ? WHITE : piece.grey() ? GREY : look.rgb()).append("\"/></a:solidFill>");
    } else if (!color.isEmpty()) {
      out.append("<a:solidFill><a:srgbClr val=\"").append(color).append("\"/></a:solidFill>");
    }
    if (r.highlight() && !header) {
      out.append("<a:highlight><a:srgbClr val=\"FFF3A8\"/></a:highlight>");
    }
    String face = r.code() ? style.monoFace() : style.face();
    // a fixed-pitch family (FF_MODERN | FIXED_PITCH) for code: a reader without the font then
    // substitutes a monospaced one, so the code keeps its columns and roughly its line widths
    String pitch = r.code() ? "\" pitchFamily=\"49" : "";
    out.append("<a:latin typeface=\"").append(face).append(pitch).append("\"/><a:ea typeface=\"")
        .append(face).append(pitch).append("\"/>");
    Optional<LinkPolicy.Target> link = r.link().isEmpty() || piece.grey() ? Optional.empty()
        : links.check(XmlChars.clean(r.link()));
    if (link.isPresent() && link.get().kind() != LinkPolicy.Kind.ANCHOR) {
      String address = link.get().address();
      String id = rels.hyperlink(address);
      if (id != null) {
        out.append("<a:hlinkClick r:id=\"").append(id).append("\" tooltip=\"");
        XmlText.attribute(out, address).append("\"/>");
      }
    }
    out.append("</a:rPr>");
  }
}
