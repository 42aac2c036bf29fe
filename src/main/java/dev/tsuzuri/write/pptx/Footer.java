package dev.tsuzuri.write.pptx;

import dev.tsuzuri.write.XmlChars;
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
 * slide-number placeholders, so they sit where the template's layout puts them.
 *
 * @param text the footer text
 * @param style the run language and typeface
 */
record Footer(String text, TextStyle style) {

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
    f.setId("{" + UUID.nameUUIDFromBytes(("slidenum").getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).toString().toUpperCase(java.util.Locale.ROOT)
        + "}");
    f.setType("slidenum");
    props(f.addNewRPr());
    f.setT(Integer.toString(number));
  }

  private void props(CTTextCharacterProperties pr) {
    pr.setLang(style.lang());
    pr.addNewLatin().setTypeface(style.face());
    pr.addNewEa().setTypeface(style.face());
  }

  private static CTTextParagraph placeholder(XSLFSlide slide, STPlaceholderType.Enum type,
      long idx) {
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
    return body.addNewP();
  }
}
