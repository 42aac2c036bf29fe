package dev.tsuzuri.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;

/**
 * Reads the link targets back out of written outputs with real readers: the {@code href}s of an
 * HTML page, the URI actions of a PDF's link annotations, the hyperlink relationships of every
 * part of a Word or PowerPoint package.
 */
public final class OutputLinks {
  private static final String HYPERLINK =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

  private OutputLinks() {}

  /** Every {@code href} in the page, read by the JDK's HTML parser as a browser would. */
  public static List<String> html(byte[] page) throws IOException {
    List<String> out = new ArrayList<>();
    HTMLEditorKit.ParserCallback collect = new HTMLEditorKit.ParserCallback() {
      @Override
      public void handleStartTag(HTML.Tag t, MutableAttributeSet a, int pos) {
        add(a);
      }

      @Override
      public void handleSimpleTag(HTML.Tag t, MutableAttributeSet a, int pos) {
        add(a);
      }

      private void add(MutableAttributeSet a) {
        Object href = a.getAttribute(HTML.Attribute.HREF);
        if (href != null) {
          out.add(href.toString());
        }
      }
    };
    new ParserDelegator().parse(new java.io.InputStreamReader(new ByteArrayInputStream(page),
        java.nio.charset.StandardCharsets.UTF_8), collect, true);
    return out;
  }

  /**
   * The targets of the PDF's link annotations: the URI of a URI action, {@code #internal} for a
   * destination in the document, and the action's type for any other action.
   */
  public static List<String> pdf(byte[] pdf) throws IOException {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation a : page.getAnnotations()) {
          if (!(a instanceof PDAnnotationLink link)) {
            continue;
          }
          PDAction action = link.getAction();
          if (action == null || action instanceof PDActionGoTo) {
            out.add("#internal");
          } else if (action instanceof PDActionURI uri) {
            out.add(uri.getURI());
          } else {
            out.add("action:" + action.getSubType());
          }
        }
      }
    }
    return out;
  }

  /** The targets of the hyperlink relationships of every part of an OOXML package. */
  public static List<String> ooxml(byte[] pkg) throws Exception {
    List<String> out = new ArrayList<>();
    try (OPCPackage p = OPCPackage.open(new ByteArrayInputStream(pkg))) {
      for (PackagePart part : p.getParts()) {
        if (part.isRelationshipPart()) {
          continue;
        }
        for (PackageRelationship r : part.getRelationshipsByType(HYPERLINK)) {
          out.add(r.getTargetURI().toString());
        }
      }
    }
    return out;
  }
}
