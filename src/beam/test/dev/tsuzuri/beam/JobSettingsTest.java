package dev.tsuzuri.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.write.BodyFont;
import dev.tsuzuri.write.pdf.PageSize;
import dev.tsuzuri.write.pdf.PdfOptions;
import dev.tsuzuri.write.pptx.DeckSplit;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's options: routed as documented, read from tsuzuri.yaml, run again idempotently. */
class JobSettingsTest {
  @Test
  void optionsGoToTheJobTheConverterOrBeam() {
    JobArgs a = JobArgs.parse(new String[] {"--input=in", "--output=gs://b/out",
        "--formats=pdf,docx", "--page-size=A5", "--toc", "--runner=DirectRunner",
        "--targetParallelism=2", "--resource-path=static"});
    assertEquals(List.of("pdf", "docx"), a.formats());
    assertEquals(List.of("--page-size=A5", "--toc"), a.convertOptions());
    assertEquals(List.of("--runner=DirectRunner", "--targetParallelism=2"), a.beamOptions());
    assertEquals(List.of("static"), a.resourcePaths());
    assertThrows(IllegalArgumentException.class,
        () -> JobArgs.parse(new String[] {"--input=in", "--output=o", "--jobs=4"}));
    assertThrows(IllegalArgumentException.class, () -> JobArgs.parse(new String[] {"--input=in"}));
    ByteArrayOutputStream usage = new ByteArrayOutputStream();
    assertEquals(0, Main.run(new String[] {"--help"},
        new PrintStream(usage, true, StandardCharsets.UTF_8), quiet()));
    assertTrue(usage.toString(StandardCharsets.UTF_8).startsWith("Usage: java -jar"));
    assertEquals(2, Main.run(new String[] {"--input=in", "--output=o", "--watch"}, quiet(),
        quiet()));
    assertEquals(new Inputs("gs://b/c/**", "gs://b/c", true), Inputs.of("gs://b/c/"));
    assertEquals(new Inputs("gs://b/c/*/index.md", "gs://b/c", true),
        Inputs.of("gs://b/c/*/index.md"));
    assertEquals(new Inputs("gs://b/c/a.md", "gs://b/c", false), Inputs.of("gs://b/c/a.md"));
  }

  @Test
  void theProjectConfigAboveTheInputAndTemplatesTravel(@TempDir Path dir) throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Path exported = dir.resolve("exported");
    assertEquals(0, dev.tsuzuri.cli.Main.run(new String[] {"templates", "export",
        exported.toString()}, new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter())));
    Files.copy(exported.resolve("pptx/reference.pptx"), dir.resolve("corp.pptx"));
    Files.writeString(dir.resolve("tsuzuri.yaml"), "formats: [pdf, pptx]\npage-size: B5\n"
        + "decks: session\ntemplate: [corp.pptx]\n");
    JobSettings s = JobSettings.of(JobArgs.parse(new String[] {"--input=" + content,
        "--output=" + dir.resolve("out"), "--font=serif"}), Inputs.of(content.toString()));
    assertEquals(List.of("pdf", "pptx"), s.formats());
    Path worker = Files.createDirectories(dir.resolve("worker"));
    var options = s.write().options(worker);
    PdfOptions pdf = options.find(PdfOptions.class).orElseThrow();
    assertEquals(PageSize.B5, pdf.pageSize());
    assertEquals(BodyFont.SERIF, pdf.font());
    PptxOptions pptx = options.find(PptxOptions.class).orElseThrow();
    assertEquals(DeckSplit.SESSION, pptx.decks());
    assertTrue(pptx.template().startsWith(worker), pptx.template().toString());
    assertArrayEquals(Files.readAllBytes(dir.resolve("corp.pptx")),
        Files.readAllBytes(pptx.template()));
    assertThrows(IllegalArgumentException.class, () -> JobSettings.of(JobArgs.parse(
        new String[] {"--input=" + content, "--output=o", "--page-size=A9"}),
        Inputs.of(content.toString())));
  }

  @Test
  void runningAgainOverwritesTheSameOutputsWhole(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in/sub"));
    Files.writeString(in.resolve("a.md"), "---\ntitle: 一回目\n---\n\n## 部\n\n- 項目\n");
    Path out = dir.resolve("out");
    String[] args = {"--input=" + dir.resolve("in"), "--output=" + out, "--formats=docx,json"};
    assertEquals(0, Main.run(args, quiet(), quiet()));
    byte[] first = Files.readAllBytes(out.resolve("sub/a.docx"));
    Files.writeString(out.resolve("tsuzuri-failures.jsonl"), "{\"stale\":true}\n");
    assertEquals(0, Main.run(args, quiet(), quiet()));
    assertArrayEquals(first, Files.readAllBytes(out.resolve("sub/a.docx")));
    assertEquals("", Files.readString(out.resolve("tsuzuri-failures.jsonl")));
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of("sub/a.docx", "sub/a.json", "tsuzuri-failures.jsonl"),
          files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()).sorted()
              .toList());
    }
  }

  @Test
  void ofNotesWithTheSameOutputsOnlyTheFirstIsConverted(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.md"), "# md\n");
    Files.writeString(in.resolve("a.markdown"), "# markdown\n");
    Path out = dir.resolve("out");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    assertEquals(0, Main.run(new String[] {"--input=" + in, "--output=" + out,
        "--formats=json"}, new PrintStream(printed, true, StandardCharsets.UTF_8), quiet()));
    assertTrue(printed.toString(StandardCharsets.UTF_8).contains("1 converted, 1 failed"),
        printed.toString(StandardCharsets.UTF_8));
    List<String> failures = Files.readAllLines(out.resolve("tsuzuri-failures.jsonl"));
    assertEquals(1, failures.size());
    assertTrue(failures.get(0).contains(in.resolve("a.md") + ": output name collision"),
        failures.get(0));
    assertTrue(Files.readString(out.resolve("a.json")).contains("markdown"));
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
