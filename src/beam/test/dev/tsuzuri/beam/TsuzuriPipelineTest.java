package dev.tsuzuri.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.Tsuzuri;
import dev.tsuzuri.convert.BatchResult;
import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.testing.SharedFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on the DirectRunner over a Hugo site of a few hundred notes: the real corpus and
 * the seed note, generated notes, a page bundle and a site-absolute picture, and one broken note.
 * Every output is opened with PDFBox and POI, the broken note is the one line of the failures
 * file, and the outputs have the names and (for Word and PowerPoint, which are the same bytes
 * for the same note) the contents {@code tsuzuri convert} gives.
 */
class TsuzuriPipelineTest {
  private static final int GENERATED = 170;

  @TempDir static Path dir;
  private static TestSite testSite;
  private static Path site;
  private static Path content;
  private static Path out;
  private static String printed;
  private static int exitCode;

  @BeforeAll
  static void runTheJob() throws Exception {
    testSite = TestSite.write(dir, GENERATED);
    site = testSite.site();
    content = testSite.content();
    Files.createDirectories(content.resolve("corpus"));
    Path corpus = SharedFolder.path().resolve("corpus");
    if (Files.isDirectory(corpus)) {
      try (Stream<Path> notes = Files.list(corpus)) {
        for (Path n : notes.filter(p -> p.toString().endsWith(".md")).toList()) {
          Files.copy(n, content.resolve("corpus").resolve(n.getFileName()));
        }
      }
    }
    Path seed = SharedFolder.path().resolve("notes/jawsdays2018.md");
    if (Files.isRegularFile(seed)) {
      Files.copy(seed, content.resolve("jawsdays2018.md"));
    }
    out = dir.resolve("out");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    exitCode = Main.run(new String[] {"--input=" + content, "--output=" + out,
        "--formats=pdf,docx,pptx", "--site=" + site, "--runner=DirectRunner"},
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    printed = stdout.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theJobRunsAndCountsTheNotes() throws IOException {
    long notes = countNotes();
    assertTrue(notes >= GENERATED + 3, "notes: " + notes);
    assertEquals(0, exitCode, printed);
    assertTrue(printed.contains((notes - 1) + " converted, 1 failed, 0 drafts skipped"),
        printed);
  }

  @Test
  void theBrokenNoteIsTheOneLineOfTheFailuresFile() throws IOException {
    List<String> lines = Files.readAllLines(out.resolve("tsuzuri-failures.jsonl"));
    assertEquals(1, lines.size(), lines.toString());
    String line = lines.get(0);
    assertTrue(line.startsWith("{\"input\":\"" + content.resolve(TestSite.BROKEN)
        + "\",\"format\":null,\"message\":\""), line);
    assertTrue(line.contains("broken.md:3: malformed YAML front matter"), line);
  }

  @Test
  void everyOutputOpens() throws IOException {
    Set<String> outputs = relativeFiles(out);
    int pdf = 0;
    int docx = 0;
    int pptx = 0;
    for (String o : outputs) {
      Path f = out.resolve(o);
      if (o.endsWith(".pdf")) {
        try (PDDocument d = Loader.loadPDF(f.toFile())) {
          assertTrue(d.getNumberOfPages() > 0, o);
        }
        pdf++;
      } else if (o.endsWith(".docx")) {
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in)) {
          assertTrue(!d.getParagraphs().isEmpty(), o);
        }
        docx++;
      } else if (o.endsWith(".pptx")) {
        try (InputStream in = Files.newInputStream(f); XMLSlideShow d = new XMLSlideShow(in)) {
          assertTrue(!d.getSlides().isEmpty(), o);
        }
        pptx++;
      }
    }
    long converted = countNotes() - 1;
    assertEquals(converted, pdf);
    assertEquals(converted, docx);
    assertEquals(converted, pptx);
    assertEquals(3 * converted + 1, outputs.size(), "no temporary or stray files: " + outputs);
  }

  @Test
  void picturesResolveInTheBundleAndTheSiteOnTheWorkers() throws IOException {
    for (String docx : List.of("posts/trip.docx", "posts/site-picture.docx")) {
      try (InputStream in = Files.newInputStream(out.resolve(docx));
          XWPFDocument d = new XWPFDocument(in)) {
        assertEquals(1, d.getAllPictures().size(), docx);
      }
    }
  }

  @Test
  void namesAndWordAndPowerPointBytesAreTheCommandLines() throws IOException {
    Path cli = dir.resolve("cli");
    BatchResult r = Tsuzuri.convert(ConvertRequest.builder().input(content).output(cli)
        .formats("docx", "pptx").resourceRoot(site).build());
    assertEquals(1, r.failures().size());
    Set<String> expected = new TreeSet<>();
    for (String o : relativeFiles(cli)) {
      if (!o.startsWith(".tsuzuri")) {
        expected.add(o);
      }
    }
    Set<String> actual = new TreeSet<>();
    for (String o : relativeFiles(out)) {
      if (o.endsWith(".docx") || o.endsWith(".pptx")) {
        actual.add(o);
      }
    }
    // the command line resolves /images/x.png below the note's folder only: that note differs
    expected.removeIf(o -> o.startsWith("posts/site-picture."));
    actual.removeIf(o -> o.startsWith("posts/site-picture."));
    assertEquals(expected, actual);
    for (String o : expected) {
      assertArrayEquals(Files.readAllBytes(cli.resolve(o)), Files.readAllBytes(out.resolve(o)),
          o);
    }
  }

  private static long countNotes() throws IOException {
    return testSite.countNotes();
  }

  private static Set<String> relativeFiles(Path root) throws IOException {
    return TestSite.relativeFiles(root);
  }
}
