package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.write.docx.DocxOptions;
import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.LinkPolicy;
import dev.tsuzuri.write.WriteContext;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a note as a Word document built on a reference .docx: headings in the heading styles,
 * lists as real Word numbering, Japanese text in an East Asian font with Japanese line breaking,
 * footnotes as Word footnotes, fonts embedded. The whole file is built in memory and written in
 * one go, so a failure never leaves half a file. Stateless and safe to share between threads.
 */
public final class DocxWriter implements DocumentWriter {
  /** Prepares the template and parses the embedded font's faces, kept for the process. */
  @Override
  public void prepare(dev.tsuzuri.write.WriteOptions options) {
    DocxBuilder.prepare(options.get(DocxOptions.class, DocxOptions::defaults));
  }

  @Override
  public void write(Document document, WriteContext context) throws IOException {
    DocxOptions options = context.options().get(DocxOptions.class, DocxOptions::defaults);
    byte[] docx;
    try {
      docx = DocxBuilder.build(document, options, context.stem(), context.resources(),
          context.warnings(), LinkPolicy.of(context, "docx"));
    } catch (StackOverflowError e) {
      // the reader limits nesting; this is the last guard for outlines built some other way
      throw new TsuzuriException("the document is nested too deeply to write as Word");
    }
    try (OutputStream out = context.openMain("docx")) {
      out.write(docx);
    }
  }
}
