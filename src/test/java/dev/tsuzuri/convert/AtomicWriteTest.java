package dev.tsuzuri.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.Tsuzuri;
import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.convert.NoteResult.Status;
import dev.tsuzuri.convert.internal.AtomicOutputs;
import dev.tsuzuri.testing.LineReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
  @TempDir Path dir;

  Path note(String name, String text) throws IOException {
    Path p = dir.resolve("content").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  BatchResult run(String... formats) {
    return Tsuzuri.convert(ConvertRequest.builder().input(dir.resolve("content"))
        .output(dir.resolve("out")).formats(formats).reader(new LineReader()).build());
  }

  List<String> outFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(dir.resolve("out"))) {
      return walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(".tsuzuri-manifest.json")).sorted().toList();
    }
  }

  @Test
  void aWriterFailingHalfwayLeavesNoFile() throws IOException {
    note("bug.md", "[[fail:bug]]\n");
    note("user.md", "[[fail:user]]\n");
    note("disk.md", "[[fail:disk]]\n");
    note("fine.md", "ok\n");

    BatchResult r = run("flaky");

    assertEquals(List.of("fine.flaky"), outFiles(), "no half files, no temporary files");
    assertEquals(3, r.failures().size());
    String content = dir.resolve("content").toString();
    assertTrue(r.notes().stream().anyMatch(n -> (content + "/bug.md").equals(n.input().toString())
        && n.error().equals("internal error converting " + content
            + "/bug.md to flaky: java.lang.IllegalStateException: index 3 out of bounds")));
    assertTrue(r.notes().stream().anyMatch(n -> n.error() != null
        && n.error().equals(content + "/user.md:7: the writer cannot place this table (flaky)")));
    assertTrue(r.notes().stream().anyMatch(n -> n.error() != null
        && n.error().equals(content + "/disk.md: cannot write flaky: No space left on device")));
  }

  @Test
  void aFailedRunDoesNotClobberAGoodOutput() throws IOException {
    Path n = note("a.md", "first version\n");
    assertEquals(0, run("flaky", "txt").exitCode());
    Path good = dir.resolve("out/a.flaky");
    assertEquals("half of a file complete", Files.readString(good));

    Files.writeString(n, "second version [[fail:bug]]\n");
    BatchResult r = run("flaky", "txt");

    assertEquals(1, r.exitCode());
    assertEquals("half of a file complete", Files.readString(good), "old output kept");
    assertTrue(Files.readString(dir.resolve("out/a.txt")).contains("second version"),
        "the format that worked was written");
    assertEquals(List.of(dir.resolve("out/a.txt").toAbsolutePath()), r.notes().get(0).outputs());
  }

  @Test
  void leftoversOfAKilledRunAreRemovedByTheNextRun() throws IOException {
    note("a.md", "a\n");
    Files.createDirectories(dir.resolve("out/sub"));
    Path leftover = dir.resolve("out/sub/.a.pdf.7f3a" + AtomicOutputs.TEMP_SUFFIX);
    Files.writeString(leftover, "half");
    run("txt");
    assertFalse(Files.exists(leftover));
    assertEquals(List.of("a.txt"), outFiles());
  }

  @Test
  void outputsAppearOnlyOnCommit() throws IOException {
    AtomicOutputs outputs = new AtomicOutputs(dir);
    try (OutputStream out = outputs.open("deck/01-intro.pptx")) {
      out.write(1);
    }
    assertFalse(Files.exists(dir.resolve("deck/01-intro.pptx")));
    outputs.commit();
    assertTrue(Files.exists(dir.resolve("deck/01-intro.pptx")));
    try (Stream<Path> walk = Files.list(dir.resolve("deck"))) {
      assertEquals(1, walk.count());
    }
  }

  @Test
  void aWriterCannotEscapeTheOutputFolder() {
    AtomicOutputs outputs = new AtomicOutputs(dir.resolve("out"));
    assertThrows(TsuzuriException.class, () -> outputs.open("../evil.pdf"));
    assertThrows(TsuzuriException.class, () -> outputs.open("/tmp/evil.pdf"));
  }

  @Test
  void unwritableOutputFolderIsAClearError() throws IOException {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "root writes anywhere");
    note("a.md", "a\n");
    Path locked = dir.resolve("locked");
    Files.createDirectories(locked);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> Tsuzuri.convert(
        ConvertRequest.builder().input(dir.resolve("content")).output(locked.resolve("out"))
            .formats("txt").reader(new LineReader()).build()));
    assertTrue(e.describe().contains("cannot create the output folder: permission denied"),
        e.describe());
  }

  @Test
  void outputFolderThatIsAFileIsAClearError() throws IOException {
    note("a.md", "a\n");
    Files.writeString(dir.resolve("out"), "I am a file");
    TsuzuriException e = assertThrows(TsuzuriException.class, () -> run("txt"));
    assertTrue(e.describe().startsWith(dir.resolve("out") + ": cannot create the output folder"),
        e.describe());
  }

  @Test
  void aNoteDeletedMidBatchIsReportedAndTheRestConverts() throws IOException {
    for (int i = 0; i < 10; i++) {
      note("n" + i + ".md", "note " + i + "\n");
    }
    Path victim = dir.resolve("content/n7.md");
    BatchListener deleter = new BatchListener() {
      @Override
      public void started(int total) {
        try {
          Files.delete(victim); // found by discovery, gone before it is read
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    BatchResult r = Tsuzuri.convert(ConvertRequest.builder().input(dir.resolve("content"))
        .output(dir.resolve("out")).formats("txt").reader(new LineReader()).jobs(2).build(),
        deleter);
    assertEquals(1, r.exitCode());
    assertEquals(9, r.count(Status.CONVERTED));
    assertEquals(victim + ": file not found", r.failures().get(0).error());
  }
}
