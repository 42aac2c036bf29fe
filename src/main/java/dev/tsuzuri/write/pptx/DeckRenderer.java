package dev.tsuzuri.write.pptx;

import dev.tsuzuri.write.XmlChars;
import dev.tsuzuri.TsuzuriException;
import dev.tsuzuri.slide.Deck;
import dev.tsuzuri.slide.Line;
import dev.tsuzuri.slide.Picture;
import dev.tsuzuri.slide.Run;
import dev.tsuzuri.slide.Slide;
import dev.tsuzuri.write.ImageData;
import dev.tsuzuri.write.WriteContext;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** Writes one planned deck into a copy of the template, slide by slide. */
final class DeckRenderer {
  /** Title and section slides may shrink their title down to this size. */
  private static final double BIG_TITLE_FLOOR = 24;
  private static final java.awt.Color CODE_GROUND = new java.awt.Color(0xF3, 0xF5, 0xF8);

  private final Template template;
  private final TextStyle style;
  private final TextFiller filler;
  private final TextMeasurer measurer;
  private final Footer footer;
  private final WriteContext context;
  /** Bodies the plan measured and found to fit: measuring them again would only cost time. */
  private final Predicate<List<Line>> measuredToFit;
  /** The sizes chosen for content titles, by layout (of one deck, by identity) and title. */
  private final Map<TitleKey, Titles.Choice> titleSizes = new HashMap<>();

  private record TitleKey(XSLFSlideLayout layout, List<Run> title) {}

  DeckRenderer(Template template, TextStyle style, Footer footer, WriteContext context,
      Predicate<List<Line>> measuredToFit) {
    this.measuredToFit = measuredToFit;
    this.template = template;
    this.style = style;
    this.filler = new TextFiller(style);
    this.measurer = new TextMeasurer(filler, style);
    this.footer = footer;
    this.context = context;
  }

  /** The .pptx bytes of a deck. */
  byte[] render(Deck deck, String documentTitle) throws IOException {
    try (XMLSlideShow ppt = template.open()) {
      return render(deck, documentTitle, ppt);
    }
  }

  /** The .pptx bytes of a deck written into this copy of the template, emptied of slides first. */
  byte[] render(Deck deck, String documentTitle, XMLSlideShow ppt) throws IOException {
    while (!ppt.getSlides().isEmpty()) {
      ppt.removeSlide(0);
    }
    Layouts layouts = Layouts.find(ppt, template.name());
    for (Slide s : deck.slides()) {
      XSLFSlide slide = switch (s.layout()) {
        case TITLE -> titleSlide(ppt, layouts.title(), s);
        case SECTION -> titleSlide(ppt, layouts.section(), s);
        case CONTENT, CODE -> content(ppt, layouts, s);
        case TABLE -> table(ppt, layouts, s);
        case IMAGE -> image(ppt, layouts, s);
      };
      if (s.layout() != Slide.Layout.TITLE) {
        footer.add(slide, ppt.getSlides().size());
      }
      notes(ppt, slide, s.notes());
    }
    ppt.getProperties().getCoreProperties().setTitle(XmlChars.clean(documentTitle));
    ppt.getProperties().getCoreProperties().setCreator("tsuzuri");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ppt.write(out);
    return out.toByteArray();
  }

  private XSLFSlide titleSlide(XMLSlideShow ppt, XSLFSlideLayout layout, Slide s) {
    XSLFSlide slide = ppt.createSlide(layout);
    XSLFTextShape title = Layouts.title(slide);
    XSLFTextShape sub = Layouts.subtitleOrBody(slide);
    if (title != null) {
      Titles.set(filler, measurer, title, s.title(), BIG_TITLE_FLOOR, false);
    }
    if (sub != null && sub != title) {
      if (s.body().isEmpty()) {
        slide.removeShape(sub);
      } else {
        filler.lines(sub, s.body());
      }
    } else if (!s.body().isEmpty() && title != null) {
      // a layout without a subtitle: the subtitle lines go under the title
      for (Line l : s.body()) {
        filler.run(title.addNewTextParagraph(), Run.plain(l.text()), false);
      }
    }
    return slide;
  }

  private XSLFSlide content(XMLSlideShow ppt, Layouts layouts, Slide s) {
    XSLFSlide slide = ppt.createSlide(layouts.content());
    XSLFTextShape body = Layouts.body(slide);
    setTitle(slide, Layouts.title(slide), s.title());
    filler.lines(body, s.body());
    if (s.layout() == Slide.Layout.CODE) {
      body.setFillColor(CODE_GROUND);
    }
    if (!measuredToFit.test(s.body()) && !Measure.fits(body)) {
      context.warnings().warn(s.line(), "slide text taller than its placeholder: "
          + s.titleText());
    }
    return slide;
  }

  private void setTitle(XSLFSlide slide, XSLFTextShape t, List<Run> title) {
    if (t == null) {
      return;
    }
    if (title.isEmpty()) {
      slide.removeShape(t);
    } else {
      // a title continued over several slides is sized once
      XSLFSlideLayout layout = slide.getSlideLayout();
      TitleKey key = new TitleKey(layout, title);
      Titles.Choice c = titleSizes.get(key);
      if (c == null) {
        titleSizes.put(key, Titles.set(filler, measurer, t, title, Titles.MIN_SIZE, true));
      } else {
        Titles.apply(filler, t, title, c);
      }
    }
  }

  private XSLFSlide titleOnly(XMLSlideShow ppt, Layouts layouts, Slide s) {
    XSLFSlide slide = ppt.createSlide(layouts.titleOnly());
    XSLFTextShape body = Layouts.body(slide);
    setTitle(slide, Layouts.title(slide), s.title());
    if (body != null) {
      slide.removeShape(body);
    }
    return slide;
  }

  private XSLFSlide table(XMLSlideShow ppt, Layouts layouts, Slide s) {
    XSLFSlide slide = titleOnly(ppt, layouts, s);
    new TableMaker(filler, measurer).make(slide, s.table(), bodyArea(layouts));
    return slide;
  }

  private XSLFSlide image(XMLSlideShow ppt, Layouts layouts, Slide s) {
    XSLFSlide slide = titleOnly(ppt, layouts, s);
    Picture pic = s.picture();
    Rectangle2D area = bodyArea(layouts);
    double captionHeight = pic.caption().isEmpty() ? 0 : 34;
    Optional<ImageData> img = context.resources().image(pic.src(), s.line());
    if (img.isPresent()) {
      ImageData data = img.get();
      XSLFPictureData pd = ppt.addPicture(data.bytes(), pictureType(data.format()));
      XSLFPictureShape shape = slide.createPicture(pd);
      double w = area.getWidth();
      double h = area.getHeight() - captionHeight;
      double scale = Math.min(w / data.width(), h / data.height());
      double pw = data.width() * scale;
      double ph = data.height() * scale;
      shape.setAnchor(new Rectangle2D.Double(area.getX() + (w - pw) / 2, area.getY()
          + (h - ph) / 2, pw, ph));
      if (!pic.alt().isBlank()) {
        ((org.openxmlformats.schemas.presentationml.x2006.main.CTPicture) shape.getXmlObject())
            .getNvPicPr().getCNvPr().setDescr(XmlChars.clean(pic.alt()));
      }
    } else {
      // the warning came from the resources; the slide still says what was meant to be there
      XSLFTextBox box = slide.createTextBox();
      box.setAnchor(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
          area.getHeight() - captionHeight));
      List<Run> text = new ArrayList<>();
      text.add(Run.plain("[" + (pic.alt().isBlank() ? "image" : pic.alt()) + "]\n"));
      text.add(Run.plain(pic.src()));
      filler.runs(box, text, 18.0);
      box.getTextParagraphs().get(0).setTextAlign(TextAlign.CENTER);
      box.setVerticalAlignment(org.apache.poi.sl.usermodel.VerticalAlignment.MIDDLE);
    }
    if (!pic.caption().isEmpty()) {
      XSLFTextBox cap = slide.createTextBox();
      cap.setAnchor(new Rectangle2D.Double(area.getX(), area.getMaxY() - captionHeight,
          area.getWidth(), captionHeight));
      filler.runs(cap, pic.caption(), 18.0);
      cap.getTextParagraphs().get(0).setTextAlign(TextAlign.CENTER);
    }
    return slide;
  }

  private static PictureType pictureType(String format) {
    return switch (format) {
      case "png" -> PictureType.PNG;
      case "jpeg" -> PictureType.JPEG;
      case "gif" -> PictureType.GIF;
      case "bmp" -> PictureType.BMP;
      default -> throw new TsuzuriException("unsupported image format: " + format);
    };
  }

  private void notes(XMLSlideShow ppt, XSLFSlide slide, List<String> notes) {
    if (notes.isEmpty()) {
      return;
    }
    XSLFNotes n = ppt.getNotesSlide(slide);
    for (XSLFShape sh : n.getShapes()) {
      if (sh instanceof XSLFTextShape ts && ts.getPlaceholder() == Placeholder.BODY) {
        List<Line> lines = new ArrayList<>();
        for (String note : notes) {
          for (String para : note.split("\n")) {
            lines.add(Line.of(0, Line.Kind.PLAIN, "", List.of(Run.plain(para))));
          }
        }
        filler.lines(ts, lines);
        return;
      }
    }
  }

  /** Where the body of a content slide is: tables and pictures go there too. */
  static Rectangle2D bodyArea(Layouts layouts) {
    XSLFTextShape body = Layouts.body(layouts.content());
    return body.getAnchor();
  }
}
