package dev.tsuzuri.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;

/** The external link targets of an output, read back with PDFBox and POI. */
public final class Links {
  private Links() {}

  /** The URIs a PDF's link annotations, a Word file's or a deck's hyperlinks point at. */
  public static List<String> of(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    String name = file.getFileName().toString();
    if (name.endsWith(".pdf")) {
      try (PDDocument doc = Loader.loadPDF(file.toFile())) {
        for (PDPage page : doc.getPages()) {
          for (PDAnnotation a : page.getAnnotations()) {
            if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u) {
              out.add(u.getURI());
            }
          }
        }
      }
    } else if (name.endsWith(".docx")) {
      try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
        // per linked run: one relationship may serve several links to the same target
        for (var p : doc.getParagraphs()) {
          for (var r : p.getRuns()) {
            if (r instanceof XWPFHyperlinkRun h && h.getHyperlink(doc) != null) {
              out.add(h.getHyperlink(doc).getURL());
            }
          }
        }
      }
    } else {
      try (InputStream in = Files.newInputStream(file); XMLSlideShow deck = new XMLSlideShow(in)) {
        for (var slide : deck.getSlides()) {
          for (var shape : slide.getShapes()) {
            if (shape instanceof XSLFTextShape t) {
              for (var p : t.getTextParagraphs()) {
                for (var r : p.getTextRuns()) {
                  if (r.getHyperlink() != null && r.getHyperlink().getAddress() != null) {
                    out.add(r.getHyperlink().getAddress());
                  }
                }
              }
            }
          }
        }
      }
    }
    return out;
  }
}
