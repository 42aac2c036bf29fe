package dev.tsuzuri.write.pdf;

import dev.tsuzuri.write.pdf.internal.PdfWriter;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders documents to PDF bytes for tests. */
public final class Render {
  private Render() {}

  static byte[] pdf(Document doc, PdfOptions options, WarningSink warnings) {
    return pdf(doc, options, warnings, Resources.none(warnings));
  }

  static byte[] pdf(Document doc, PdfOptions options, WarningSink warnings, Resources res) {
    MemoryOutputs out = new MemoryOutputs();
    WriteContext ctx = new WriteContext("note", out, res,
        WriteOptions.defaults().with(options), warnings);
    try {
      new PdfWriter().write(doc, ctx);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.get("note.pdf");
  }

  static byte[] pdf(Document doc) {
    return pdf(doc, PdfOptions.defaults(), WarningSink.collecting("note.md"));
  }

  /** Keeps a copy under target/ for looking at. */
  static void keep(String name, byte[] bytes) {
    try {
      Path dir = Path.of("target", "pdf-out");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
