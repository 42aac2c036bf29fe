package dev.tsuzuri.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.CodeBlock;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Metadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * One code block written as PDF, Word and PowerPoint and read back with PDFBox and POI: every
 * visible character has the same token kind in all three (told by its colour in PDF and
 * PowerPoint, by its character style in Word), and that is the tokenizer's kind.
 */
class CodeColoursAcrossFormatsTest {
  private static final String CODE = """
      // 挨拶する
      public static int greet(String name) {
        /* 複数行の
           コメント */
        String s = "こんにちは、" + name;
        return 42;
      }""";

  @Test
  void sameKindsInPdfWordAndPowerPoint() throws Exception {
    Document doc = new Document(Metadata.empty("ja"), List.<Block>of(new CodeBlock("java", CODE, 1)),
        List.of());
    String expected = expected();
    assertTrue(expected.chars().distinct().count() >= 6, expected);
    assertEquals(expected, pdf(write(doc, "pdf")));
    assertEquals(expected, docx(write(doc, "docx")));
    assertEquals(expected, pptx(write(doc, "pptx")));
  }

  /** One letter per visible character of the code: the first letter of its kind's name. */
  private static String expected() {
    StringBuilder b = new StringBuilder();
    for (CodeToken t : CodeTokenizer.tokens("java", CODE)) {
      letters(b, t.text(), t.kind());
    }
    return b.toString();
  }

  private static void letters(StringBuilder b, String text, TokenKind kind) {
    text.codePoints().filter(c -> !Character.isWhitespace(c))
        .forEach(c -> b.append(kind.name().charAt(0) == 'P' ? '.' : kind.name().charAt(0)));
  }

  private static TokenKind kindOfColour(String rgb) {
    for (TokenKind k : TokenKind.values()) {
      CodeColors.Look look = CodeColors.look(k);
      if (look != null && look.rgb().equalsIgnoreCase(rgb)) {
        return k;
      }
    }
    return TokenKind.PLAIN;
  }

  private static byte[] write(Document doc, String format) throws IOException {
    WarningSink w = WarningSink.collecting("code.md");
    MemoryOutputs out = new MemoryOutputs();
    Writers.forFormat(format).create().write(doc, new WriteContext("code", out,
        Resources.none(w), WriteOptions.defaults(), w));
    return out.get("code." + format);
  }

  private record Glyph(float y, float x, String text, TokenKind kind) {}

  /**
   * The kinds of the code's characters in the PDF, in reading order: the engine draws a line's
   * spans in its own order, so the glyphs are sorted by position, and the code is found among
   * the page's other text.
   */
  private static String pdf(byte[] bytes) throws IOException {
    List<Glyph> glyphs = new java.util.ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      {
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceRGBColor(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
      }

      @Override
      protected void processTextPosition(TextPosition text) {
        String hex;
        try {
          hex = String.format("%06X", getGraphicsState().getNonStrokingColor().toRGB() & 0xFFFFFF);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        glyphs.add(new Glyph(Math.round(text.getY()), text.getX(), text.getUnicode(),
            kindOfColour(hex)));
      }
    };
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      stripper.getText(doc);
    }
    glyphs.sort(java.util.Comparator.comparing(Glyph::y).thenComparing(Glyph::x));
    StringBuilder chars = new StringBuilder();
    StringBuilder kinds = new StringBuilder();
    for (Glyph g : glyphs) {
      g.text().codePoints().filter(c -> !Character.isWhitespace(c)).forEach(chars::appendCodePoint);
      letters(kinds, g.text(), g.kind());
    }
    String code = CODE.replaceAll("\\s", "");
    int at = chars.indexOf(code);
    assertTrue(at >= 0, chars::toString);
    return kinds.substring(at, at + code.length());
  }

  private static String docx(byte[] bytes) throws IOException {
    StringBuilder b = new StringBuilder();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      // the styles' colours are the table's
      for (TokenKind k : TokenKind.values()) {
        if (CodeColors.look(k) != null) {
          var rPr = doc.getStyles().getStyle(CodeColors.wordStyle(k)).getCTStyle().getRPr();
          assertEquals(CodeColors.look(k).rgb(),
              rPr.getColorArray(0).xgetVal().getStringValue(), k.name());
          assertEquals(CodeColors.look(k).bold(), rPr.sizeOfBArray() > 0, k.name());
          assertEquals(CodeColors.look(k).italic(), rPr.sizeOfIArray() > 0, k.name());
        }
      }
      for (XWPFParagraph p : doc.getParagraphs()) {
        for (XWPFRun r : p.getRuns()) {
          String style = r.getStyle();
          TokenKind kind = TokenKind.PLAIN;
          for (TokenKind k : TokenKind.values()) {
            if (style != null && style.equals(CodeColors.wordStyle(k))) {
              kind = k;
            }
          }
          letters(b, r.text(), kind);
        }
      }
    }
    return b.toString();
  }

  private static String pptx(byte[] bytes) throws IOException {
    StringBuilder b = new StringBuilder();
    try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(bytes))) {
      for (XSLFSlide slide : show.getSlides()) {
        for (XSLFShape shape : slide.getShapes()) {
          if (!(shape instanceof XSLFTextShape text)
              || !text.getText().contains("greet")) {
            continue;
          }
          for (XSLFTextParagraph p : text.getTextParagraphs()) {
            for (XSLFTextRun r : p.getTextRuns()) {
              String hex = r.getFontColor() instanceof
                  org.apache.poi.sl.usermodel.PaintStyle.SolidPaint solid
                  ? String.format("%06X", solid.getSolidColor().getColor().getRGB() & 0xFFFFFF)
                  : "";
              letters(b, r.getRawText(), kindOfColour(hex));
            }
          }
        }
      }
    }
    return b.toString();
  }
}
