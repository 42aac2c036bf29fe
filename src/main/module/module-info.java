/**
 * tsuzuri: Markdown notes to PDF, Word, PowerPoint, HTML and JSON through one outline model.
 *
 * <p>Exports the API: the facade ({@code dev.tsuzuri}), diagnostics, the outline model, the
 * reader interface and the Markdown reader, the writer plug-in interface with each writer's
 * options, and the conversion API. The writers themselves, the command line and every {@code
 * internal} package stay inside; the writers are found as {@link dev.tsuzuri.write.WriterProvider}
 * services, and a writer from another module is found the same way.
 */
module dev.tsuzuri {
  requires java.desktop;
  requires java.logging;
  requires java.net.http;
  requires java.xml;

  requires flexmark;
  requires flexmark.ext.autolink;
  requires flexmark.ext.emoji;
  requires flexmark.ext.footnotes;
  requires flexmark.ext.gfm.strikethrough;
  requires flexmark.ext.gfm.tasklist;
  requires flexmark.ext.tables;
  requires flexmark.util.ast;
  requires flexmark.util.data;
  requires flexmark.util.sequence;
  requires org.tomlj;
  requires org.yaml.snakeyaml;

  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.fontbox;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.apache.xmpbox;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.xmlbeans;

  requires info.picocli;
  requires me.tongfei.progressbar;

  exports dev.tsuzuri;
  exports dev.tsuzuri.convert;
  exports dev.tsuzuri.convert.run;
  exports dev.tsuzuri.diag;
  exports dev.tsuzuri.outline;
  exports dev.tsuzuri.read;
  exports dev.tsuzuri.read.markdown;
  exports dev.tsuzuri.write;
  exports dev.tsuzuri.write.docx;
  exports dev.tsuzuri.write.html;
  exports dev.tsuzuri.write.pdf;
  exports dev.tsuzuri.write.pptx;

  // picocli sets the annotated option fields of the commands
  opens dev.tsuzuri.cli to info.picocli;

  uses dev.tsuzuri.write.WriterProvider;

  provides dev.tsuzuri.write.WriterProvider with
      dev.tsuzuri.write.docx.internal.DocxWriterProvider,
      dev.tsuzuri.write.html.internal.HtmlWriterProvider,
      dev.tsuzuri.write.json.JsonWriterProvider,
      dev.tsuzuri.write.pdf.internal.PdfWriterProvider,
      dev.tsuzuri.write.pptx.internal.PptxWriterProvider,
      dev.tsuzuri.write.png.internal.PngWriterProvider;
}
