package dev.tsuzuri.convert.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.outline.Document;
import dev.tsuzuri.write.DocumentWriter;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PreparationTest {
  private final List<String> prepared = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final CountDownLatch done = new CountDownLatch(4);

  private DocumentWriter writer(String name, boolean fails) {
    return new DocumentWriter() {
      @Override
      public void write(Document document, WriteContext context) {}

      @Override
      public void prepare(WriteOptions options) {
        prepared.add(name);
        threads.add(Thread.currentThread());
        done.countDown();
        if (fails) {
          throw new IllegalStateException("broken template");
        }
      }
    };
  }

  @Test
  void preparesEveryWriterSlowestFirstOnADaemonThreadPastFailures() throws Exception {
    Map<String, DocumentWriter> writers = new LinkedHashMap<>();
    writers.put("json", writer("json", false));
    writers.put("docx", writer("docx", true));
    writers.put("pdf", writer("pdf", false));
    writers.put("pptx", writer("pptx", true));
    Preparation.start(writers, WriteOptions.defaults());
    assertTrue(done.await(10, TimeUnit.SECONDS), "prepared: " + prepared);
    assertEquals(List.of("pptx", "pdf", "docx", "json"), prepared);
    assertNotEquals(Thread.currentThread(), threads.get(0));
    assertTrue(threads.get(0).isDaemon(), "a daemon thread never holds the JVM open");
  }
}
