package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.write.ooxml.ZipGuard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads a user's reference document, and opens a reference document with its body emptied,
 * keeping styles, numbering, page setup (the body's final {@code w:sectPr}), headers and footers,
 * for {@link TemplatePackage} to prepare once per process.
 */
public final class TemplateLoader {
  private TemplateLoader() {}

  /** Reads a user's template file, refusing one that is missing, huge or a zip bomb. */
  public static byte[] read(Path template) {
    return ZipGuard.read(template, "docx");
  }

  /**
   * Opens a reference package and removes its body content.
   *
   * @param bytes the .docx package
   * @param name how to name it in messages
   * @throws TsuzuriException when POI cannot read it as a Word document
   */
  public static XWPFDocument open(byte[] bytes, String name) {
    XWPFDocument doc;
    try {
      doc = new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new TsuzuriException(name, 0, "not a usable Word (.docx) template: "
          + describe(e), e);
    }
    return emptied(doc, name);
  }

  private static XWPFDocument emptied(XWPFDocument doc, String name) {
    try {
      List<IBodyElement> elements = doc.getBodyElements();
      for (int i = elements.size() - 1; i >= 0; i--) {
        doc.removeBodyElement(i);
      }
      // content controls and other body children POI does not list as body elements
      var body = doc.getDocument().getBody();
      while (body.sizeOfSdtArray() > 0) {
        body.removeSdt(0);
      }
      return doc;
    } catch (RuntimeException e) {
      closeQuietly(doc);
      throw new TsuzuriException(name, 0, "not a usable Word (.docx) template: "
          + describe(e), e);
    }
  }

  /** The exception's message and, when it says more, its root cause's. */
  private static String describe(Throwable e) {
    String m = firstLine(e);
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String r = firstLine(root);
    return root == e || m.contains(r) ? m : m + " (" + r + ")";
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName()
        : m.lines().findFirst().orElse(m);
  }

  private static void closeQuietly(XWPFDocument doc) {
    try {
      doc.close();
    } catch (IOException ignored) {
      // nothing was written
    }
  }
}
