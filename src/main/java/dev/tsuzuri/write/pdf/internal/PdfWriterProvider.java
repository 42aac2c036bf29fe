package dev.tsuzuri.write.pdf.internal;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriterProvider;

/** The "pdf" format. */
public final class PdfWriterProvider implements WriterProvider {
  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public String description() {
    return "PDF with embedded Japanese fonts, bookmarks and metadata (PDF/A-2u on request)";
  }

  @Override
  public DocumentWriter create() {
    return new PdfWriter();
  }
}
