package dev.tsuzuri.beam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a second, real runner: Flink's embedded local cluster ({@code
 * --runner=FlinkRunner --flinkMaster=[local]}) converts the same Hugo site as the DirectRunner,
 * and the two give the same outputs: the same file names, every file opening in PDFBox and POI
 * with the same page, paragraph and slide counts (Word and PowerPoint files byte for byte), the
 * same counters, and the broken note as the one line of each failures file.
 *
 * <p>Compiled and run only with {@code -Pbeam-flink} (see pom.xml): {@code mvn -B -Pbeam-flink
 * test -Dtest=FlinkPipelineTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FlinkPipelineTest {
  private static final int GENERATED = 60;
  private static final List<String> FLINK =
      List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");

  @TempDir static Path dir;
  private static TestSite site;
  private static Run direct;
  private static Run flink;

  /** One run of the job: its exit code, what it printed and where its outputs are. */
  private record Run(int exitCode, String printed, Path out, long millis) {}

  @BeforeAll
  static void runTheJobOnBothRunners() throws Exception {
    site = TestSite.write(dir, GENERATED);
    direct = run("direct", List.of("--runner=DirectRunner"));
    flink = run("flink", FLINK);
    System.out.printf("FlinkPipelineTest: %d notes; DirectRunner %.1f s, FlinkRunner [local] %.1f s%n",
        site.countNotes(), direct.millis() / 1000.0, flink.millis() / 1000.0);
  }

  private static Run run(String name, List<String> runnerArgs) {
    Path out = dir.resolve(name);
    List<String> args = new ArrayList<>(List.of("--input=" + site.content(), "--output=" + out,
        "--formats=pdf,docx,pptx", "--site=" + site.site()));
    args.addAll(runnerArgs);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    long start = System.nanoTime();
    int code = Main.run(args.toArray(String[]::new),
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Run(code, stdout.toString(StandardCharsets.UTF_8)
        + stderr.toString(StandardCharsets.UTF_8), out, millis);
  }

  @Test
  void theFlinkOptionsChooseFlinksRunner() {
    assertEquals(FlinkRunner.class, PipelineOptionsFactory.fromArgs(FLINK.toArray(String[]::new))
        .create().getRunner());
  }

  @Test
  void bothJobsRunAndCountTheSameNotes() throws IOException {
    String counts = (site.countNotes() - 1) + " converted, 1 failed, 0 drafts skipped";
    assertEquals(0, direct.exitCode(), direct.printed());
    assertEquals(0, flink.exitCode(), flink.printed());
    assertTrue(direct.printed().contains(counts), direct.printed());
    assertTrue(flink.printed().contains(counts), flink.printed());
    assertTrue(flink.printed().contains("(DONE)"), flink.printed());
  }

  @Test
  void theBrokenNoteIsTheOneLineOfBothFailuresFiles() throws IOException {
    List<String> onDirect = Files.readAllLines(direct.out().resolve(TsuzuriPipeline.FAILURES));
    List<String> onFlink = Files.readAllLines(flink.out().resolve(TsuzuriPipeline.FAILURES));
    assertEquals(1, onFlink.size(), onFlink.toString());
    assertTrue(onFlink.get(0).startsWith("{\"input\":\"" + site.content().resolve(TestSite.BROKEN)
        + "\",\"format\":null,\"message\":\""), onFlink.get(0));
    assertEquals(onDirect, onFlink);
  }

  @Test
  void theSameFilesOpenWithTheSameCounts() throws IOException {
    Set<String> names = TestSite.relativeFiles(direct.out());
    assertEquals(names, TestSite.relativeFiles(flink.out()));
    long converted = site.countNotes() - 1;
    assertEquals(3 * converted + 1, names.size(), "no temporary or stray files: " + names);
    for (String name : names) {
      if (!name.equals(TsuzuriPipeline.FAILURES)) {
        int count = count(direct.out().resolve(name));
        assertTrue(count > 0, name);
        assertEquals(count, count(flink.out().resolve(name)), name);
      }
    }
  }

  @Test
  void wordAndPowerPointFilesAreTheSameBytes() throws IOException {
    int compared = 0;
    for (String name : TestSite.relativeFiles(direct.out())) {
      if (name.endsWith(".docx") || name.endsWith(".pptx")) {
        assertArrayEquals(Files.readAllBytes(direct.out().resolve(name)),
            Files.readAllBytes(flink.out().resolve(name)), name);
        compared++;
      }
    }
    assertEquals(2 * (site.countNotes() - 1), compared);
  }

  /** A PDF's pages, a Word file's paragraphs or a deck's slides, read back with PDFBox or POI. */
  private static int count(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".pdf")) {
      try (PDDocument d = Loader.loadPDF(file.toFile())) {
        return d.getNumberOfPages();
      }
    }
    try (InputStream in = Files.newInputStream(file)) {
      if (name.endsWith(".docx")) {
        try (XWPFDocument d = new XWPFDocument(in)) {
          return d.getParagraphs().size();
        }
      }
      if (name.endsWith(".pptx")) {
        try (XMLSlideShow d = new XMLSlideShow(in)) {
          return d.getSlides().size();
        }
      }
    }
    throw new AssertionError("unexpected output " + file);
  }
}
