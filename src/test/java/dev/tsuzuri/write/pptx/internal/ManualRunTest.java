package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.write.pptx.DeckSplit;
import dev.tsuzuri.write.pptx.PptxOptions;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Writes decks of a note named by -Dtsuzuri.note into target/manual, for looking at by hand. */
class ManualRunTest {
  @Test
  void writeNote() throws Exception {
    String note = System.getProperty("tsuzuri.note");
    Assumptions.assumeTrue(note != null, "set -Dtsuzuri.note=FILE to run");
    Path file = Path.of(note);
    Document doc = new dev.tsuzuri.read.markdown.MarkdownReader(dev.tsuzuri.read.ReadOptions.defaults())
        .read(file, WarningSink.collecting(note));
    String stem = file.getFileName().toString().replaceAll("\\.[^.]*$", "");
    Path out = Path.of("target/manual");
    for (DeckSplit mode : DeckSplit.values()) {
      WarningSink w = WarningSink.collecting(note);
      WriteContext ctx = new WriteContext(stem, name -> {
        Path p = out.resolve(mode.name().toLowerCase()).resolve(name);
        Files.createDirectories(p.getParent());
        return Files.newOutputStream(p);
      }, new Resources(file.getParent(), List.of(), w),
          WriteOptions.defaults().with(PptxOptions.builder().decks(mode).build()), w);
      long t0 = System.nanoTime();
      new PptxWriter().write(doc, ctx);
      new dev.tsuzuri.write.png.internal.PngWriter().write(doc, ctx);
      System.out.println(mode + " " + (System.nanoTime() - t0) / 1_000_000 + " ms; warnings: "
          + w.warnings());
    }
  }
}
