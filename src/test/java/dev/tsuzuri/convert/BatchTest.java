package dev.tsuzuri.convert;

import dev.tsuzuri.write.pdf.PageSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.Tsuzuri;
import dev.tsuzuri.convert.NoteResult.Status;
import dev.tsuzuri.convert.internal.Fingerprint;
import dev.tsuzuri.testing.LineReader;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.docx.DocxOptions;
import dev.tsuzuri.write.pdf.PdfOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
  @TempDir Path dir;
  final LineReader reader = new LineReader();

  Path content() {
    return dir.resolve("content");
  }

  Path out() {
    return dir.resolve("out");
  }

  Path note(String rel, String text) throws IOException {
    Path p = content().resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  ConvertRequest.Builder request() {
    return ConvertRequest.builder().input(content()).output(out()).formats("txt").reader(reader)
        .jobs(2);
  }

  BatchResult run(ConvertRequest.Builder b) {
    return Tsuzuri.convert(b.build());
  }

  /** Every file under out, relative, without the manifest. */
  Map<String, String> outFiles() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out())) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = out().relativize(p).toString();
        if (!rel.equals(".tsuzuri-manifest.json")) {
          files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  @Test
  void mirrorsTheTreeAndNamesBundlesAfterTheirFolder() throws IOException {
    note("a.md", "最初のメモ\n");
    note("posts/2025/b.markdown", "二つ目\n");
    note("posts/trip/index.md", "旅のメモ\n");
    Files.write(content().resolve("posts/trip/photo.png"), new byte[] {1, 2, 3});
    note("posts/readme.txt", "not a note\n");
    note(".hidden/c.md", "hidden\n");

    BatchResult r = run(request());

    assertEquals(0, r.exitCode(), r.summary());
    assertEquals(List.of("a.txt", "posts/2025/b.txt", "posts/trip.txt"),
        List.copyOf(outFiles().keySet()));
    assertTrue(outFiles().get("posts/trip.txt").contains("旅のメモ"));
    assertEquals(3, r.count(Status.CONVERTED));
  }

  @Test
  void includeAndExcludeGlobsSelectNotes() throws IOException {
    note("posts/a.md", "a\n");
    note("posts/_index.md", "list page\n");
    note("pages/b.md", "b\n");
    note("c.md", "c\n");

    run(request().include("posts/**").exclude("_index.md"));
    assertEquals(List.of("posts/a.txt"), List.copyOf(outFiles().keySet()));
  }

  @Test
  void globStartingWithStarStarAlsoMatchesAtTheTop() throws IOException {
    note("c.md", "c\n");
    note("x/d.md", "d\n");
    note("x/e.markdown", "e\n");
    run(request().include("**/*.md"));
    assertEquals(List.of("c.txt", "x/d.txt"), List.copyOf(outFiles().keySet()));
  }

  @Test
  void draftsAreSkippedUnlessAskedFor() throws IOException {
    note("done.md", "---\ntitle: 完成\n---\n本文\n");
    note("wip.md", "---\ntitle: 書きかけ\ndraft: true\n---\n本文\n");

    BatchResult first = run(request());
    assertEquals(List.of("done.txt"), List.copyOf(outFiles().keySet()));
    assertEquals(1, first.count(Status.DRAFT));
    assertEquals(0, first.exitCode());

    BatchResult second = run(request().drafts(true));
    assertEquals(List.of("done.txt", "wip.txt"), List.copyOf(outFiles().keySet()));
    assertEquals(1, second.count(Status.CONVERTED));
    assertEquals(1, second.count(Status.UNCHANGED));

    BatchResult third = run(request());
    assertEquals(1, third.count(Status.DRAFT), "still a draft, though its outputs exist");
    assertEquals(1, third.count(Status.UNCHANGED));
  }

  @Test
  void secondRunConvertsNothingAndTouchingOneNoteReconvertsOnlyIt() throws IOException {
    for (int i = 0; i < 6; i++) {
      note("n" + i + ".md", "メモ " + i + "\n");
    }
    assertEquals(6, run(request()).count(Status.CONVERTED));
    int readsAfterFirst = reader.reads();

    BatchResult second = run(request());
    assertEquals(6, second.count(Status.UNCHANGED));
    assertEquals(readsAfterFirst, reader.reads(), "an unchanged note is not even read");
    second.notes().forEach(n -> assertEquals(1, n.outputs().size()));

    note("n3.md", "メモ 3 に追記\n");
    BatchResult third = run(request());
    assertEquals(1, third.count(Status.CONVERTED));
    assertEquals(Path.of("n3.md"), content().relativize(third.notes().stream()
        .filter(n -> n.status() == Status.CONVERTED).findFirst().orElseThrow().input()));
    assertTrue(outFiles().get("n3.txt").contains("追記"));
  }

  @Test
  void onlyTouchingTheTimestampConvertsNothing() throws IOException {
    Path n = note("a.md", "同じ内容\n");
    run(request());
    Files.setLastModifiedTime(n, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertEquals(1, run(request()).count(Status.UNCHANGED));
  }

  @Test
  void changedOptionsRebuild() throws IOException {
    note("a.md", "本文\n");
    run(request());
    Object before = fileKey(out().resolve("a.txt"));
    assertEquals(1, run(request()).count(Status.UNCHANGED));
    assertEquals(before, fileKey(out().resolve("a.txt")), "unchanged output not rewritten");

    WriteOptions a5 = WriteOptions.defaults()
        .with(PdfOptions.builder().pageSize(PageSize.A5).build());
    assertEquals(1, run(request().options(a5)).count(Status.CONVERTED));
    assertTrue(outFiles().get("a.txt").startsWith("page-size: A5"));
    assertEquals(1, run(request().options(a5)).count(Status.UNCHANGED));
  }

  @Test
  void eachBuiltInFormatDependsOnlyOnItsOwnOptions() {
    WriteOptions a5 = WriteOptions.defaults()
        .with(PdfOptions.builder().pageSize(PageSize.A5).build());
    WriteOptions none = WriteOptions.defaults();
    List<Path> roots = List.of();
    assertNotEquals(Fingerprint.ofOptions("pdf", none, roots),
        Fingerprint.ofOptions("pdf", a5, roots));
    assertEquals(Fingerprint.ofOptions("docx", none, roots),
        Fingerprint.ofOptions("docx", a5, roots));
    assertEquals(Fingerprint.ofOptions("pptx", none, roots),
        Fingerprint.ofOptions("pptx", a5, roots));
    WriteOptions noEmbed = none.with(DocxOptions.builder().embedFonts(false).build());
    assertNotEquals(Fingerprint.ofOptions("docx", none, roots),
        Fingerprint.ofOptions("docx", noEmbed, roots));
    assertEquals(Fingerprint.ofOptions("json", noEmbed, roots),
        Fingerprint.ofOptions("json", a5, roots));
    assertNotEquals(Fingerprint.ofOptions("unknown", none, roots),
        Fingerprint.ofOptions("unknown", noEmbed, roots), "unknown formats depend on all");
  }

  static Object fileKey(Path p) throws IOException {
    return Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
  }

  @Test
  void changedTemplateFileRebuilds() throws IOException {
    note("a.md", "本文\n");
    Path template = dir.resolve("page.html");
    Files.writeString(template, "<html>v1</html>");
    WriteOptions opts = WriteOptions.defaults()
        .with(PdfOptions.builder().template(template).build());
    run(request().options(opts));
    assertEquals(1, run(request().options(opts)).count(Status.UNCHANGED));
    Files.writeString(template, "<html>v2</html>");
    assertEquals(1, run(request().options(opts)).count(Status.CONVERTED));
  }

  @Test
  void forceRebuildsEverything() throws IOException {
    note("a.md", "a\n");
    note("b.md", "b\n");
    run(request());
    assertEquals(2, run(request().force(true)).count(Status.CONVERTED));
  }

  @Test
  void deletedOutputIsWrittenAgain() throws IOException {
    note("a.md", "a\n");
    run(request());
    Files.delete(out().resolve("a.txt"));
    assertEquals(1, run(request()).count(Status.CONVERTED));
    assertTrue(Files.exists(out().resolve("a.txt")));
  }

  @Test
  void pageBundleRebuildsWhenAnImageBesideItChanges() throws IOException {
    note("trip/index.md", "旅\n");
    Files.write(content().resolve("trip/photo.png"), new byte[] {1});
    run(request());
    assertEquals(1, run(request()).count(Status.UNCHANGED));
    Files.write(content().resolve("trip/photo.png"), new byte[] {2});
    assertEquals(1, run(request()).count(Status.CONVERTED));
  }

  @Test
  void nameCollisionsAreReportedNotOverwritten() throws IOException {
    note("a.markdown", "markdown の方\n");
    note("a.md", "md の方\n");
    note("b.md", "b\n");

    BatchResult r = run(request());

    assertEquals(1, r.exitCode());
    assertEquals(2, r.count(Status.CONVERTED));
    NoteResult failed = r.failures().get(0);
    assertTrue(failed.error().contains("collision"), failed.error());
    assertTrue(failed.error().contains("a.md") && failed.error().contains("a.markdown"));
    assertTrue(outFiles().get("a.txt").contains("markdown の方"));
  }

  @Test
  void aBadNoteIsReportedWithFileAndLineAndTheBatchGoesOn() throws IOException {
    note("good.md", "よい\n");
    note("bad.md", "一行目\n二行目\n!bad\n");
    note("warn.md", "本文\n!warn\n");

    BatchResult r = run(request());

    assertEquals(1, r.exitCode());
    assertEquals(List.of("good.txt", "warn.txt"), List.copyOf(outFiles().keySet()));
    NoteResult bad = r.failures().get(0);
    assertEquals(content().resolve("bad.md") + ":3: unclosed shortcode", bad.error());
    NoteResult warned = r.notes().stream()
        .filter(n -> n.input().endsWith("warn.md")).findFirst().orElseThrow();
    assertEquals(2, warned.warnings().get(0).line());
    assertNull(warned.error());
  }

  @Test
  void aFailingNoteIsTriedAgainOnTheNextRun() throws IOException {
    Path bad = note("bad.md", "!bad\n");
    run(request());
    assertEquals(1, run(request()).count(Status.FAILED));
    Files.writeString(bad, "直した\n");
    assertEquals(1, run(request()).count(Status.CONVERTED));
  }

  @Test
  void missingInputIsReportedAndTheOthersConvert() throws IOException {
    note("a.md", "a\n");
    BatchResult r = run(request().input(dir.resolve("nope.md")));
    assertEquals(1, r.exitCode());
    assertEquals(1, r.count(Status.CONVERTED));
    assertTrue(r.failures().get(0).error().endsWith("nope.md: no such file or folder"));
  }

  @Test
  void namedFilesAreAlwaysConvertedAndLeaveNoManifest() throws IOException {
    Path a = note("a.md", "a\n");
    BatchResult r = Tsuzuri.convert(ConvertRequest.builder().input(a).output(out())
        .formats("txt").reader(reader).build());
    assertEquals(1, r.count(Status.CONVERTED));
    assertEquals(1, Tsuzuri.convert(ConvertRequest.builder().input(a).output(out())
        .formats("txt").reader(reader).build()).count(Status.CONVERTED));
    assertFalse(Files.exists(out().resolve(".tsuzuri-manifest.json")));
  }

  @Test
  void manyNotesOnFewWorkersAllConvert() throws IOException {
    for (int i = 0; i < 40; i++) {
      note("d" + (i % 4) + "/n" + i + ".md", "メモ " + i + "\n");
    }
    BatchResult r = run(request().jobs(3));
    assertEquals(40, r.count(Status.CONVERTED));
    assertEquals(40, outFiles().size());
  }

  @Test
  void formatsNotAskedForStayRecorded() throws IOException {
    note("a.md", "a\n");
    run(ConvertRequest.builder().input(content()).output(out()).formats("txt").reader(reader));
    run(ConvertRequest.builder().input(content()).output(out()).formats("flaky").reader(reader));
    BatchResult both = run(request().formats("flaky"));
    assertEquals(1, both.count(Status.UNCHANGED), "both formats were current");
    assertEquals(List.of(out().resolve("a.txt"), out().resolve("a.flaky")),
        both.notes().get(0).outputs());
  }

  static void png(Path file, int w, int h) throws IOException {
    Files.createDirectories(file.getParent());
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(w, h,
        java.awt.image.BufferedImage.TYPE_INT_RGB), "png", file.toFile());
  }

  @Test
  void imagesComeFromTheBundleTheBatchRootAndResourcePathsOnly() throws IOException {
    note("posts/trip/index.md", "!img photo.png\n!img ../../shared/logo.png\n"
        + "!img ../../../outside.png\n!img /extra.png\n");
    png(content().resolve("posts/trip/photo.png"), 4, 3);
    png(content().resolve("shared/logo.png"), 2, 2);
    png(dir.resolve("outside.png"), 1, 1);
    Path extra = dir.resolve("static");
    png(extra.resolve("wide.png"), 8, 1);

    BatchResult r = run(request());
    String txt = outFiles().get("posts/trip.txt");
    assertTrue(txt.contains("image photo.png 4x3"), txt);
    assertTrue(txt.contains("image ../../shared/logo.png 2x2"), "batch root allowed: " + txt);
    assertTrue(txt.contains("no image ../../../outside.png"), txt);
    assertTrue(r.notes().get(0).warnings().stream()
        .anyMatch(w -> w.message().contains("refused to read outside")), r.toString());

    note("b.md", "!img ../static/wide.png\n");
    run(request());
    assertTrue(Files.readString(out().resolve("b.txt")).contains("no image ../static/wide.png"));
    run(request().resourceRoot(extra)); // a new resource root counts as changed options
    assertTrue(Files.readString(out().resolve("b.txt")).contains("image ../static/wide.png 8x1"));
  }
}
