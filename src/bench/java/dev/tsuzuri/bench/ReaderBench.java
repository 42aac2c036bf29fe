package dev.tsuzuri.bench;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Markdown to outline: front matter, shortcodes, flexmark, outline building. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReaderBench {
  /** Note size in KB: a short meetup memo, the seed note's size, a long conference day. */
  @Param({"5", "17", "50"})
  public int kilobytes;

  private String markdown;
  private MarkdownReader reader;

  @Setup
  public void setUp() {
    markdown = Fixtures.note(kilobytes);
    reader = new MarkdownReader(ReadOptions.defaults());
  }

  @Benchmark
  public Document read() {
    return reader.read(markdown, WarningSink.collecting("bench"));
  }
}
