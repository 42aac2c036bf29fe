package dev.tsuzuri.write.pdf;

import dev.tsuzuri.write.pdf.internal.PdfWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Block;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.outline.Section;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.write.Resources;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The reader's fixture notes, end to end: Markdown → outline → PDF → read back. */
class FixtureNotesTest {
  private static final Path NOTES = Path.of("src", "test", "resources", "notes");

  @TempDir
  Path out;

  static Stream<Path> notes() throws IOException {
    try (Stream<Path> s = Files.list(NOTES)) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
    }
  }

  private static Document read(Path note, WarningSink w) throws IOException {
    return new MarkdownReader(ReadOptions.defaults()).read(note, w);
  }

  private static byte[] render(Path note, PdfOptions options) throws IOException {
    WarningSink w = WarningSink.collecting(note.toString());
    return Render.pdf(read(note, w), options, w,
        new Resources(note.toAbsolutePath().getParent(), List.of(), w));
  }

  private static void headings(List<Block> blocks, List<String> into) {
    for (Block b : blocks) {
      if (b instanceof Section s) {
        into.add(s.titleText());
        headings(s.blocks(), into);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("notes")
  void everyHeadingIsABookmarkAndExtractsExactly(Path note) throws IOException {
    WarningSink w = WarningSink.collecting(note.toString());
    Document doc = read(note, w);
    byte[] pdf = render(note, PdfOptions.defaults());
    List<String> heads = new ArrayList<>();
    headings(doc.blocks(), heads);
    String flat = PdfReadBack.flat(pdf);
    try (PDDocument pd = PdfReadBack.open(pdf)) {
      List<String> marks = PdfReadBack.bookmarks(pd);
      assertEquals(heads.size(), marks.size(), note + ": " + marks);
      assertEquals(doc.title(), pd.getDocumentInformation().getTitle());
    }
    for (String h : heads) {
      assertTrue(flat.contains(h.replaceAll("\\s+", "")), note + ": heading " + h);
    }
  }

  private static boolean onPath(String program) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, program))) {
        return true;
      }
    }
    return false;
  }

  /** The project's independent checker (pandoc, poppler, qpdf), when it and its tools exist. */
  @ParameterizedTest
  @MethodSource("notes")
  void independentCheckerFindsNoProblems(Path note) throws Exception {
    Path checker = dev.tsuzuri.testing.SharedFolder.path().resolve("tools/check_pdf.py");
    Assumptions.assumeTrue(Files.exists(checker) && onPath("python3") && onPath("pandoc")
        && onPath("pdftotext") && onPath("qpdf"), "checker or its tools not installed");
    Path pdf = out.resolve(note.getFileName() + ".pdf");
    Files.write(pdf, render(note, PdfOptions.defaults()));
    Process p = new ProcessBuilder("python3", checker.toString(), note.toString(), pdf.toString())
        .redirectErrorStream(true).start();
    String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), report);
    assertTrue(report.contains("problems=none"), report);
    Process q = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true)
        .start();
    String qr = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, q.waitFor(), qr);
  }

  @Test
  void writersAreSharedSafelyByThreads() throws Exception {
    List<Path> all = notes().toList();
    PdfWriter shared = new PdfWriter();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> jobs = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Path note : all) {
          jobs.add(pool.submit(() -> {
            WarningSink w = WarningSink.collecting(note.toString());
            dev.tsuzuri.write.MemoryOutputs o = new dev.tsuzuri.write.MemoryOutputs();
            shared.write(read(note, w), new dev.tsuzuri.write.WriteContext("n", o,
                new Resources(note.toAbsolutePath().getParent(), List.of(), w),
                dev.tsuzuri.write.WriteOptions.defaults(), w));
            return o.get("n.pdf");
          }));
        }
      }
      for (int i = 0; i < jobs.size(); i++) {
        byte[] pdf = jobs.get(i).get();
        byte[] alone = render(all.get(i % all.size()), PdfOptions.defaults());
        assertEquals(PdfReadBack.text(alone), PdfReadBack.text(pdf), "job " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
