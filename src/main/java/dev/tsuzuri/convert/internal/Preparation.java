package dev.tsuzuri.convert.internal;

import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriteOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Has the writers load their per-process caches (fonts, templates) on a background thread.
 *
 * <p>Why: in a run over one note, the note is read on one core while the other waits; the caches
 * the writers would fill on their first document are filled meanwhile instead. Nothing is done
 * twice: the writes find the caches ready (or wait for the one being filled).
 */
final class Preparation {
  /** Slowest to start first, as measured on a cold run. */
  private static final List<String> ORDER = List.of("pptx", "pdf", "docx");

  private Preparation() {}

  /** Starts preparing the writers on a daemon thread, the slowest first. */
  static void start(Map<String, DocumentWriter> writers, WriteOptions options) {
    List<String> formats = new ArrayList<>(writers.keySet());
    formats.sort(java.util.Comparator.comparingInt(f -> {
      int i = ORDER.indexOf(f);
      return i < 0 ? ORDER.size() : i;
    }));
    List<DocumentWriter> order = formats.stream().map(writers::get).toList();
    Thread t = new Thread(() -> {
      for (DocumentWriter w : order) {
        try {
          w.prepare(options);
        } catch (RuntimeException | LinkageError e) {
          // the write reports whatever is wrong
        }
      }
    }, "tsuzuri-prepare");
    t.setDaemon(true);
    t.start();
  }
}
