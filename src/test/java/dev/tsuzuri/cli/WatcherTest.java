package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.Tsuzuri;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.testing.LineReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class WatcherTest {
  @TempDir Path dir;

  @Test
  @Timeout(30)
  void reconvertsAnEditedNoteWithinTwoSeconds() throws Exception {
    Path content = dir.resolve("content");
    Path note = content.resolve("posts/a.md");
    Files.createDirectories(note.getParent());
    Files.writeString(note, "最初\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    ConvertRequest request = ConvertRequest.builder().input(content).output(out).formats("txt")
        .reader(new LineReader()).build();
    Tsuzuri.convert(request);
    Path output = out.resolve("posts/a.txt");
    assertTrue(Files.readString(output).contains("最初"));

    StringWriter log = new StringWriter();
    Progress progress = new Progress(new PrintWriter(log, true), new PrintWriter(log, true),
        false, false, false);
    Thread watcher = new Thread(() -> {
      try {
        new Watcher(request, progress, progress::done).run();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    watcher.start();
    try {
      Thread.sleep(500); // let it register its folders
      editAndExpect(note, "二回目", output);
      Path added = content.resolve("posts/new/b.md");
      Files.createDirectories(added.getParent());
      Thread.sleep(300); // a new folder is registered when it appears
      editAndExpect(added, "新しいメモ", out.resolve("posts/new/b.txt"));
      // the summary is printed after the outputs are written: wait for it before stopping
      long start = System.nanoTime();
      while (!log.toString().contains("1 converted, 1 unchanged")
          && System.nanoTime() - start < 2_000_000_000L) {
        Thread.sleep(20);
      }
    } finally {
      watcher.interrupt();
      watcher.join(5000);
    }
    assertTrue(!watcher.isAlive(), "stops when interrupted");
    assertTrue(log.toString().contains("watching 2 folders for changes"), log.toString());
    assertTrue(log.toString().contains("1 converted, 1 unchanged"), log.toString());
  }

  private static void editAndExpect(Path note, String text, Path output) throws Exception {
    long start = System.nanoTime();
    Files.writeString(note, text + "\n", StandardCharsets.UTF_8);
    while (!(Files.exists(output) && Files.readString(output).contains(text))) {
      assertTrue(System.nanoTime() - start < 2_000_000_000L,
          "no reconversion within 2 s of editing " + note);
      Thread.sleep(20);
    }
  }
}
