package dev.tsuzuri.bench;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.Writers;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Outline to file, in memory, per writer: the warm per-note cost in a long batch (fonts, templates
 * and metrics already loaded by the first calls).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WriterBench {
  @Param({"pdf", "docx", "pptx", "html", "json"})
  public String format;

  @Param({"17"})
  public int kilobytes;

  private Document document;
  private DocumentWriter writer;

  @Setup
  public void setUp() {
    System.setProperty("java.awt.headless", "true");
    document = new MarkdownReader(ReadOptions.defaults())
        .read(Fixtures.note(kilobytes), WarningSink.collecting("bench"));
    writer = Writers.forFormat(format).create();
  }

  @Benchmark
  public WriteContext write() throws IOException {
    WriteContext context = Fixtures.memoryContext();
    writer.write(document, context);
    return context;
  }
}
