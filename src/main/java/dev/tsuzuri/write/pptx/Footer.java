package dev.tsuzuri.write.pptx;

import dev.tsuzuri.write.XmlChars;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextField;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPlaceholder;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.openxmlformats.schemas.presentationml.x2006.main.STPlaceholderType;

/**
 * Puts the footer text (the note's title and date) and the slide number on a slide, as footer and
 * slide-number placeholders, so they sit where the template's layout puts them. The first slide's
 * placeholders are made through POI and kept as prototypes; later slides get copies, which costs a
 * fraction of building each shape again. Not thread-safe: one per document.
 */
final class Footer {
  /** The slide-number field's id: any GUID does, the same one keeps outputs reproducible. */
  private static final String SLIDE_NUMBER_FIELD = "{" + UUID.nameUUIDFromBytes(
      "slidenum".getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()
      .toUpperCase(java.util.Locale.ROOT) + "}";

  private final String text;
  private final TextStyle style;
  /** Each placeholder as made for the first slide, before its text was added. */
  private final Map<Integer, CTShape> prototypes = new HashMap<>();

  /**
   * @param text the footer text
   * @param style the run language and typeface
   */
  Footer(String text, TextStyle style) {
    this.text = text;
    this.style = style;
  }

  /** Adds the footer and the slide number (a field PowerPoint keeps up to date). */
  void add(XSLFSlide slide, int number) {
    if (!text.isBlank()) {
      CTTextParagraph p = placeholder(slide, STPlaceholderType.FTR, 11);
      CTRegularTextRun r = p.addNewR();
      props(r.addNewRPr());
      r.setT(XmlChars.clean(text).replace('\u3000', ' '));
    }
    CTTextParagraph p = placeholder(slide, STPlaceholderType.SLD_NUM, 12);
    CTTextField f = p.addNewFld();
    f.setId(SLIDE_NUMBER_FIELD);
    f.setType("slidenum");
    props(f.addNewRPr());
    f.setT(Integer.toString(number));
  }

  private void props(CTTextCharacterProperties pr) {
    pr.setLang(style.lang());
    pr.addNewLatin().setTypeface(style.face());
    pr.addNewEa().setTypeface(style.face());
  }

  private CTTextParagraph placeholder(XSLFSlide slide, STPlaceholderType.Enum type, long idx) {
    CTShape prototype = prototypes.get(type.intValue());
    if (prototype != null) {
      // the id POI would give: the smallest one no shape of the slide has
      long id = freeId(slide);
      CTShape copy = slide.getXmlObject().getCSld().getSpTree().addNewSp();
      copy.set(prototype);
      copy.getNvSpPr().getCNvPr().setId(id);
      return copy.getTxBody().getPArray(0);
    }
    return made(slide, type, idx);
  }

  /** The smallest shape id at or above 1 that no shape of the slide uses. */
  private static long freeId(XSLFSlide slide) {
    BitSet used = new BitSet();
    var tree = slide.getXmlObject().getCSld().getSpTree();
    used.set((int) tree.getNvGrpSpPr().getCNvPr().getId());
    for (CTShape sp : tree.getSpArray()) {
      used.set((int) sp.getNvSpPr().getCNvPr().getId());
    }
    for (var shape : slide.getShapes()) {
      used.set(shape.getShapeId());
    }
    return used.nextClearBit(1);
  }

  private CTTextParagraph made(XSLFSlide slide, STPlaceholderType.Enum type, long idx) {
    XSLFTextBox box = slide.createTextBox();
    CTShape shape = (CTShape) box.getXmlObject();
    shape.getNvSpPr().getCNvPr().setName(type == STPlaceholderType.FTR ? "Footer" : "Slide Number");
    shape.getNvSpPr().getCNvSpPr().unsetTxBox();
    CTPlaceholder ph = shape.getNvSpPr().getNvPr().addNewPh();
    ph.setType(type);
    ph.setIdx(idx);
    // position, size and text style come from the layout's placeholder
    if (shape.getSpPr().isSetXfrm()) {
      shape.getSpPr().unsetXfrm();
    }
    if (shape.getSpPr().isSetPrstGeom()) {
      shape.getSpPr().unsetPrstGeom();
    }
    if (shape.getSpPr().isSetNoFill()) {
      shape.getSpPr().unsetNoFill();
    }
    CTTextBody body = shape.getTxBody();
    body.getBodyPr().set(org.openxmlformats.schemas.drawingml.x2006.main.CTTextBodyProperties
        .Factory.newInstance());
    while (body.sizeOfPArray() > 0) {
      body.removeP(0);
    }
    CTTextParagraph p = body.addNewP();
    prototypes.put(type.intValue(), (CTShape) shape.copy());
    return p;
  }
}
