package dev.tsuzuri.write.html.internal;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriterProvider;

/** The "html" format: a standalone web page. */
public final class HtmlWriterProvider implements WriterProvider {
  @Override
  public String format() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public String description() {
    return "standalone HTML page (styles and images inlined)";
  }

  @Override
  public DocumentWriter create() {
    return new HtmlWriter();
  }
}
