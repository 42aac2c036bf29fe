package dev.tsuzuri.bench;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.Writers;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Times one note through the reader and each writer in a fresh JVM: the first (cold) call, then
 * the median of warm calls. Cold numbers show what start-up costs (class loading, font parsing,
 * template loading); warm numbers are the per-note cost in a long batch.
 *
 * <p>Run against the built jar with the source launcher:
 * {@code java -cp target/tsuzuri.jar src/bench/java/dev/tsuzuri/bench/PhaseTimer.java NOTE [WARM]
 * [FORMATS]}.
 */
public final class PhaseTimer {
  private static final java.lang.management.ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean();

  private PhaseTimer() {}

  /** Usage: {@code NOTE [WARM_ROUNDS] [FORMATS]}. */
  public static void main(String[] args) throws Exception {
    Path note = Path.of(args[0]);
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    String[] formats = (args.length > 2 ? args[2] : "pdf,docx,pptx").split(",");
    System.setProperty("java.awt.headless", "true");
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.printf("jvm start to main: %d ms%n", System.currentTimeMillis() - jvmStart);
    MarkdownReader reader = new MarkdownReader(ReadOptions.defaults());
    long t = System.nanoTime();
    Document doc = reader.read(note, WarningSink.collecting(note.toString()));
    System.out.printf("read cold: %d ms%n", (System.nanoTime() - t) / 1_000_000);
    for (String f : formats) {
      t = System.nanoTime();
      DocumentWriter w = Writers.forFormat(f).create();
      long created = System.nanoTime() - t;
      long first = write(w, doc, note);
      System.out.printf("%s cold: create %d ms, first write %d ms%n", f, created / 1_000_000,
          first / 1_000_000);
    }
    for (String f : formats) {
      DocumentWriter w = Writers.forFormat(f).create();
      long[] times = new long[warm];
      long[] cpu = new long[warm];
      for (int i = 0; i < warm; i++) {
        long c = THREADS.getCurrentThreadCpuTime();
        times[i] = write(w, doc, note);
        cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
      }
      java.util.Arrays.sort(times);
      java.util.Arrays.sort(cpu);
      // CPU time of the writing thread: less disturbed than wall time on a busy machine
      System.out.printf("%s warm median of %d: %.1f ms wall, %.1f ms cpu%n", f, warm,
          median(times), median(cpu));
    }
    long[] reads = new long[warm];
    for (int i = 0; i < warm; i++) {
      t = System.nanoTime();
      reader.read(note, WarningSink.collecting(note.toString()));
      reads[i] = System.nanoTime() - t;
    }
    java.util.Arrays.sort(reads);
    System.out.printf("read warm median of %d: %.1f ms wall%n", warm, median(reads));
  }

  private static double median(long[] sorted) {
    return sorted.length == 0 ? 0.0 : sorted[sorted.length / 2] / 1e6;
  }

  private static long write(DocumentWriter w, Document doc, Path note) throws Exception {
    WarningSink sink = WarningSink.collecting(note.toString());
    WriteContext ctx = new WriteContext("bench", new MemoryOutputs(),
        new Resources(note.toAbsolutePath().getParent(), java.util.List.of(), sink),
        WriteOptions.defaults(), sink);
    long t = System.nanoTime();
    w.write(doc, ctx);
    return System.nanoTime() - t;
  }
}
