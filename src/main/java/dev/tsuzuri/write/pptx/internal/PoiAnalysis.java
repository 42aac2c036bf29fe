package dev.tsuzuri.write.pptx.internal;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import dev.tsuzuri.outline.Callout;
import dev.tsuzuri.write.CalloutColors;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;

/**
 * Reads a {@link TemplateAnalysis} from a template opened by POI: the placeholders of slides POI
 * makes in a throwaway copy, saved as XML, so the XML is what POI's {@code createSlide} would have
 * written.
 */
final class PoiAnalysis {
  /** The background of code slides' body. */
  static final Color CODE_GROUND = new Color(0xF3, 0xF5, 0xF8);
  /** The outline of a callout's box, in points: thin, drawn inside the body's own area. */
  static final double BOX_LINE = 1.5;

  private PoiAnalysis() {}

  /** Reads a template opened by POI (slides are added to it: a throwaway copy). */
  static TemplateAnalysis of(XMLSlideShow ppt, String name) {
    Layouts layouts = Layouts.find(ppt, name);
    XSLFSlide content = ppt.createSlide(layouts.content());
    Rectangle2D body = Layouts.body(content).getAnchor();
    NotesXml notes = notes(ppt, content);
    return new TemplateAnalysis(layout(ppt, layouts.title()), layout(content),
        layout(ppt, layouts.section()), layout(ppt, layouts.titleOnly()), layouts.problems(),
        new Rectangle2D.Double(body.getX(), body.getY(), body.getWidth(), body.getHeight()),
        notes);
  }

  private static LayoutXml layout(XMLSlideShow ppt, XSLFSlideLayout layout) {
    return layout(ppt.createSlide(layout));
  }

  private static LayoutXml layout(XSLFSlide slide) {
    XSLFTextShape title = Layouts.title(slide);
    XSLFTextShape body = Layouts.body(slide);
    XSLFTextShape subtitle = Layouts.subtitleOrBody(slide);
    List<LayoutXml.Placeholder> out = new ArrayList<>();
    for (XSLFShape sh : slide.getShapes()) {
      if (!(sh instanceof XSLFTextShape ts) || !(ts.getXmlObject() instanceof CTShape ct)) {
        continue;
      }
      ct.getNvSpPr().getCNvPr().setId(ShapeXml.ID);
      ShapeXml untouched = new ShapeXml(ShapeXml.save(ct), "");
      mark(ts);
      ShapeXml filled = ShapeXml.of(ct);
      ShapeXml grounded = null;
      Map<Callout.Kind, ShapeXml> boxes = new EnumMap<>(Callout.Kind.class);
      if (ts == body) {
        ts.setFillColor(CODE_GROUND);
        grounded = ShapeXml.of(ct);
        for (Callout.Kind kind : Callout.Kind.values()) {
          CalloutColors.Look look = CalloutColors.look(kind);
          ts.setFillColor(Color.decode("#" + look.fill()));
          ts.setLineColor(Color.decode("#" + look.border()));
          ts.setLineWidth(BOX_LINE);
          boxes.put(kind, ShapeXml.of(ct));
        }
      }
      out.add(new LayoutXml.Placeholder(untouched, filled, grounded, ts == title, ts == body,
          ts == subtitle, Map.copyOf(boxes)));
    }
    String part = slide.getSlideLayout().getPackagePart().getPartName().getName();
    return new LayoutXml(part, List.copyOf(out));
  }

  private static void mark(XSLFTextShape ts) {
    ts.clearText();
    ts.addNewTextParagraph().addNewTextRun().setText(ShapeXml.MARK);
  }

  private static NotesXml notes(XMLSlideShow ppt, XSLFSlide slide) {
    XSLFNotes n = ppt.getNotesSlide(slide);
    for (XSLFShape sh : n.getShapes()) {
      if (sh instanceof XSLFTextShape ts && ts.getPlaceholder() == Placeholder.BODY) {
        mark(ts);
        return new NotesXml(ShapeXml.ofPart(n.getXmlObject(), new javax.xml.namespace.QName(
                "http://schemas.openxmlformats.org/presentationml/2006/main", "notes")),
            ppt.getNotesMaster().getPackagePart().getPartName().getName());
      }
    }
    return null;
  }
}
