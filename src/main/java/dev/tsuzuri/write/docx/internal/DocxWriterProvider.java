package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriterProvider;

/** The "docx" format: Microsoft Word documents. */
public final class DocxWriterProvider implements WriterProvider {
  @Override
  public String format() {
    return "docx";
  }

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public String description() {
    return "Word document (styles from a reference .docx, real lists, embedded Japanese font)";
  }

  @Override
  public DocumentWriter create() {
    return new DocxWriter();
  }
}
