package dev.tsuzuri.write.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a PDF back with PDFBox: what a viewer or a search index would see. */
final class PdfReadBack {
  private PdfReadBack() {}

  static PDDocument open(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The extracted text, one visual line per line. */
  static String text(byte[] pdf) {
    try (PDDocument doc = open(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(true);
      return s.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with all white space removed, as the checkers compare it. */
  static String flat(byte[] pdf) {
    return text(pdf).replaceAll("\\s+", "");
  }

  /** Every font used on any page (including those in form XObjects is not needed here). */
  static List<PDFont> fonts(PDDocument doc) throws IOException {
    List<PDFont> fonts = new ArrayList<>();
    for (PDPage page : doc.getPages()) {
      PDResources res = page.getResources();
      for (COSName n : res.getFontNames()) {
        fonts.add(res.getFont(n));
      }
    }
    return fonts;
  }

  /** The bookmark titles, depth-first. */
  static List<String> bookmarks(PDDocument doc) {
    List<String> out = new ArrayList<>();
    PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
    if (root != null) {
      collect(root, out);
    }
    return out;
  }

  private static void collect(PDOutlineNode node, List<String> out) {
    for (PDOutlineItem item : node.children()) {
      out.add(item.getTitle());
      collect(item, out);
    }
  }
}
