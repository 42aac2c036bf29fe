package dev.tsuzuri.read;

import dev.tsuzuri.WarningSink;
import java.nio.file.Path;

/** Prints the dump of a note: {@code -Dnote=path}. */
class SmokeTest {
  @org.junit.jupiter.api.Test
  void dump() throws Exception {
    String note = System.getProperty("note");
    org.junit.jupiter.api.Assumptions.assumeTrue(note != null);
    WarningSink w = WarningSink.collecting(note);
    var doc = new MarkdownReader(ReadOptions.defaults()).read(Path.of(note), w);
    System.out.println(doc.metadata());
    System.out.println(OutlineDump.of(doc));
    w.warnings().forEach(System.out::println);
  }
}
