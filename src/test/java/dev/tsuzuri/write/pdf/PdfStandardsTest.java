package dev.tsuzuri.write.pdf;

import dev.tsuzuri.write.BodyFont;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF/A-2u and tagged output, checked by veraPDF, the reference validator. */
class PdfStandardsTest {
  @BeforeAll
  static void initialiseVeraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      return validator.validate(parser);
    }
  }

  private static String failures(ValidationResult r) {
    return r.getTestAssertions().stream()
        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
            + a.getMessage())
        .distinct().limit(15).collect(Collectors.joining("\n"));
  }

  @Test
  void pdfa2uPassesVeraPdf() throws Exception {
    byte[] pdf = Render.pdf(SeminarNote.build(),
        PdfOptions.builder().toc(true).standard(PdfStandard.PDFA_2U).build(),
        WarningSink.collecting("note.md"));
    Render.keep("seminar-pdfa.pdf", pdf);
    ValidationResult r = validate(pdf, PDFAFlavour.PDFA_2_U);
    assertTrue(r.isCompliant(), failures(r));
    try (PDDocument doc = PdfReadBack.open(pdf)) {
      assertEquals(1, doc.getDocumentCatalog().getOutputIntents().size(), "sRGB output intent");
    }
  }

  @Test
  void fixtureNotesAsTaggedPdfa2uPassVeraPdfForPdfaAndPdfUa() throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of("src", "test", "resources", "notes");
    try (java.util.stream.Stream<java.nio.file.Path> notes = java.nio.file.Files.list(dir)) {
      for (java.nio.file.Path note : notes.filter(p -> p.toString().endsWith(".md")).toList()) {
        WarningSink w = WarningSink.collecting(note.toString());
        byte[] pdf = Render.pdf(
            new dev.tsuzuri.read.markdown.MarkdownReader(dev.tsuzuri.read.ReadOptions.defaults())
                .read(note, w),
            PdfOptions.builder().toc(true).standard(PdfStandard.PDFA_2U).tagged(true).build(), w,
            new dev.tsuzuri.write.Resources(note.toAbsolutePath().getParent(),
                java.util.List.of(), w));
        ValidationResult r = validate(pdf, PDFAFlavour.PDFA_2_U);
        assertTrue(r.isCompliant(), note + "\n" + failures(r));
        // notes that start at "##" or skip levels still give PDF/UA an unbroken heading order
        ValidationResult ua = validate(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(ua.isCompliant(), note + "\n" + failures(ua));
      }
    }
  }

  @Test
  void theValidatorRejectsAPlainPdf() throws Exception {
    // shows the check above can fail: the default output is not PDF/A
    ValidationResult r = validate(Render.pdf(SeminarNote.build()), PDFAFlavour.PDFA_2_U);
    assertTrue(!r.isCompliant());
  }

  @Test
  void pdfa2uWithSerifBodyPassesVeraPdf() throws Exception {
    byte[] pdf = Render.pdf(SeminarNote.build(),
        PdfOptions.builder().pageSize(PageSize.B5).font(BodyFont.SERIF).standard(PdfStandard.PDFA_2U).build(),
        WarningSink.collecting("note.md"));
    ValidationResult r = validate(pdf, PDFAFlavour.PDFA_2_U);
    assertTrue(r.isCompliant(), failures(r));
  }

  @Test
  void taggedPdfHasAStructureTreeAndPassesPdfUa() throws Exception {
    byte[] pdf = Render.pdf(SeminarNote.build(),
        PdfOptions.builder().tagged(true).build(),
        WarningSink.collecting("note.md"));
    Render.keep("seminar-tagged.pdf", pdf);
    try (PDDocument doc = PdfReadBack.open(pdf)) {
      assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot());
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
    }
    ValidationResult r = validate(pdf, PDFAFlavour.PDFUA_1);
    assertTrue(r.isCompliant(), failures(r));
  }
}
