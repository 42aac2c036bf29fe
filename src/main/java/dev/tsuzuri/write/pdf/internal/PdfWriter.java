package dev.tsuzuri.write.pdf.internal;

import dev.tsuzuri.write.pdf.PdfOptions;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.font.BundledFont;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.BodyFont;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.html.internal.HtmlDom;
import dev.tsuzuri.write.html.internal.PageTemplate;
import dev.tsuzuri.write.html.internal.Stylesheets;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a note as a PDF: the outline becomes an XHTML DOM ({@link HtmlDom}), laid out by
 * openhtmltopdf with the bundled fonts embedded and subset, strict kinsoku line breaking,
 * bookmarks for every heading, and metadata from the front matter. The whole file is made in
 * memory and written only when complete. Shared by threads: it keeps no state of its own.
 */
public final class PdfWriter implements DocumentWriter {
  private static final String PRODUCER = "tsuzuri (openhtmltopdf, PDFBox)";

  @Override
  public void write(Document document, WriteContext context) throws IOException {
    byte[] pdf = render(document, context);
    try (OutputStream out = context.openMain("pdf")) {
      out.write(pdf);
    }
  }

  /** Parses the body and heading faces (the code face only when a note has code). */
  @Override
  public void prepare(dev.tsuzuri.write.WriteOptions options) {
    PdfOptions o = options.get(PdfOptions.class, PdfOptions::defaults);
    FontLibrary.FontSet fonts = FontLibrary.borrow();
    try {
      fonts.get(o.font() == BodyFont.SERIF ? BundledFont.SERIF : BundledFont.GOTHIC);
      fonts.get(BundledFont.GOTHIC_BOLD);
    } finally {
      FontLibrary.release(fonts);
    }
  }

  /** Renders the note to PDF bytes. */
  byte[] render(Document document, WriteContext context) throws IOException {
    PdfOptions options = context.options().get(PdfOptions.class, PdfOptions::defaults);
    PageSetup setup = PageSetup.of(options);
    PageTemplate template = options.template() == null
        ? PageTemplate.defaults() : PageTemplate.load(options.template());
    List<String> css = new ArrayList<>();
    css.add(Stylesheets.defaults());
    css.add(setup.css());
    if (options.css() != null) {
      css.add(Stylesheets.load(options.css()));
    }
    org.w3c.dom.Document page = HtmlDom.build(document,
        new HtmlDom.Settings(true, options.toc(), template, css, context.stem()),
        context.resources(),
        context.warnings(), LinkPolicy.of(context, "pdf"));

    FontLibrary.FontSet fonts = FontLibrary.borrow();
    try {
      GlyphCoverage.apply(page, fonts, context.warnings());
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
      PDDocument pdf = new PDDocument();
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(pdf);
      builder.withW3cDocument(page, NoFetching.BASE_URI);
      builder.toStream(buffer);
      builder.withProducer(PRODUCER);
      builder.useUnicodeLineBreaker(new KinsokuBreaker());
      builder.withDiagnosticConsumer(d -> { });
      NoFetching.install(builder);
      fonts.register(builder, pdf);
      if (setup.pdfA()) {
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
      }
      if (options.tagged()) {
        builder.usePdfUaAccessibility(true);
      }
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        // lay out and draw, but save ourselves: metadata goes in first, and PDFBox's
        // compressed object streams give a trailer /Size that qpdf --check warns about
        renderer.createPDFWithoutClosing();
        PdfMetadata.apply(pdf, document, context.stem(), setup.pdfA() ? 2 : 0);
        pdf.save(buffer, CompressParameters.NO_COMPRESSION);
      } finally {
        pdf.close();
      }
      return buffer.toByteArray();
    } catch (TsuzuriException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      // the engine's own failures reach the user as one line, not a stack trace
      throw new TsuzuriException("", 0, "PDF layout failed: " + e, e);
    } finally {
      FontLibrary.release(fonts);
    }
  }
}
