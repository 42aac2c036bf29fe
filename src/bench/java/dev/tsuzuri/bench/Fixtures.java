package dev.tsuzuri.bench;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;

/** The notes the micro-benchmarks run on: generated seminar notes of three sizes. */
final class Fixtures {
  private Fixtures() {}

  /** A generated note of about {@code kilobytes} KB (the seed note is about 17 KB). */
  static String note(int kilobytes) {
    CorpusGenerator g = new CorpusGenerator(7, false);
    String best = g.note(1);
    for (int i = 2; i <= 200; i++) {
      String n = g.note(i);
      if (Math.abs(n.length() * 2 - kilobytes * 1024) < Math.abs(best.length() * 2
          - kilobytes * 1024)) {
        best = n;
      }
    }
    return best;
  }

  /** A context writing into memory, with no image folder. */
  static WriteContext memoryContext() {
    WarningSink sink = WarningSink.collecting("bench");
    return new WriteContext("bench", new MemoryOutputs(), Resources.none(sink),
        WriteOptions.defaults(), sink);
  }
}
