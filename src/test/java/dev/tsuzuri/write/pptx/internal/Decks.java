package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.pptx.PptxOptions;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/** Test helpers: write a document with the PowerPoint writer into memory and read decks back. */
final class Decks {
  private Decks() {}

  record Written(Map<String, byte[]> files, WarningSink warnings) {
    XMLSlideShow open(String name) {
      try {
        return new XMLSlideShow(new ByteArrayInputStream(files.get(name)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static Written write(Document doc, PptxOptions options, Path base) throws IOException {
    WarningSink w = WarningSink.collecting("note.md");
    MemoryOutputs out = new MemoryOutputs();
    Resources res = base == null ? Resources.none(w) : new Resources(base, List.of(), w);
    WriteContext ctx = new WriteContext("note", out, res,
        WriteOptions.defaults().with(options), w);
    new PptxWriter().write(doc, ctx);
    return new Written(out.all(), w);
  }
}
