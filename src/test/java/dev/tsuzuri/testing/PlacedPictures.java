package dev.tsuzuri.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The pictures an output places, read back with PDFBox and POI: one "WxH" entry (the picture's
 * pixel size) per placement, in the order they appear.
 */
public final class PlacedPictures {
  private PlacedPictures() {}

  /** Pictures placed in a PDF, docx or pptx, by the file's extension. */
  public static List<String> of(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".pdf")) {
      return pdf(file);
    }
    return name.endsWith(".docx") ? docx(file) : pptx(file);
  }

  /** Image XObjects drawn by the pages' content (inside forms too). */
  public static List<String> pdf(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      for (PDPage page : doc.getPages()) {
        draws(new PDFStreamParser(page).parse(), page.getResources(), out, 0);
      }
    }
    return out;
  }

  private static void draws(List<Object> tokens, PDResources res, List<String> out, int depth)
      throws IOException {
    Object last = null;
    for (Object t : tokens) {
      if (t instanceof Operator op && op.getName().equals("Do") && last instanceof COSName n
          && res != null) {
        PDXObject x = res.getXObject(n);
        if (x instanceof PDImageXObject img) {
          out.add(img.getWidth() + "x" + img.getHeight());
        } else if (x instanceof PDFormXObject form && depth < 8) {
          draws(new PDFStreamParser(form).parse(),
              form.getResources() != null ? form.getResources() : res, out, depth + 1);
        }
      }
      last = t;
    }
  }

  /** Pictures in the Word body's paragraphs and table cells. */
  public static List<String> docx(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      body(doc.getBodyElements(), out);
    }
    return out;
  }

  private static void body(List<IBodyElement> elements, List<String> out) throws IOException {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        for (var run : p.getRuns()) {
          for (XWPFPicture pic : run.getEmbeddedPictures()) {
            out.add(size(pic.getPictureData().getData()));
          }
        }
      } else if (e instanceof XWPFTable t) {
        for (XWPFTableRow r : t.getRows()) {
          for (XWPFTableCell c : r.getTableCells()) {
            body(c.getBodyElements(), out);
          }
        }
      }
    }
  }

  /** Picture shapes on the slides. */
  public static List<String> pptx(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); XMLSlideShow deck = new XMLSlideShow(in)) {
      for (var slide : deck.getSlides()) {
        for (var shape : slide.getShapes()) {
          if (shape instanceof XSLFPictureShape pic) {
            out.add(size(pic.getPictureData().getData()));
          }
        }
      }
    }
    return out;
  }

  private static String size(byte[] bytes) throws IOException {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
    return img == null ? "?" : img.getWidth() + "x" + img.getHeight();
  }
}
