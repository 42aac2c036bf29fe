package dev.tsuzuri.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.markdown.MarkdownReader;
import dev.tsuzuri.read.ReadOptions;
import dev.tsuzuri.write.MemoryOutputs;
import dev.tsuzuri.write.Resources;
import dev.tsuzuri.write.WriteContext;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.Writers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Coverage-guided fuzz targets (Jazzer) for the reader and every writer. The property: any input
 * gives either output or a clean {@link TsuzuriException}, never another exception, never a
 * hang.
 *
 * <p>{@code mvn verify} runs each target over its seeds in {@code
 * src/test/resources/dev/tsuzuri/fuzz/ConverterFuzzTestInputs/<target>/} (regression mode). To
 * fuzz for real, one target at a time: {@code mvn test-compile && JAZZER_FUZZ=1 mvn
 * surefire:test@fuzz -Dtest='ConverterFuzzTest#reader'} (plain {@code mvn test -Dtest=...} runs
 * it in both surefire executions, so twice); findings are saved beside the seeds and fail the build
 * until fixed. An input that runs for over 30 seconds is a finding too (a hang): {@link
 * Watchdog} runs each input on a thread of its own. (JUnit's {@code @Timeout}, which Jazzer
 * would pass on to libFuzzer, also times the whole fuzzing run and ends it with a false finding.)
 */
class ConverterFuzzTest {
  private static final MarkdownReader READER = new MarkdownReader(ReadOptions.defaults()
      .withLimits(256 * 1024, ReadOptions.DEFAULT_MAX_NESTING_DEPTH, 64 * 1024));
  private static final Path FOLDER = folder();

  @FuzzTest(maxDuration = "10m")
  void reader(byte[] note) throws Exception {
    Watchdog.run(() -> {
      Path file = Files.createTempFile(FOLDER, "fuzz", ".md");
      try {
        READER.read(write(file, note), WarningSink.collecting("fuzz.md"));
      } catch (TsuzuriException expected) {
        // a clean refusal
      } finally {
        Files.deleteIfExists(file);
      }
    });
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] markdown) throws Exception {
    Watchdog.run(() -> write("json", new String(markdown, StandardCharsets.UTF_8)));
  }

  @FuzzTest(maxDuration = "10m")
  void html(byte[] markdown) throws Exception {
    Watchdog.run(() -> write("html", new String(markdown, StandardCharsets.UTF_8)));
  }

  @FuzzTest(maxDuration = "10m")
  void pdf(byte[] markdown) throws Exception {
    Watchdog.run(() -> write("pdf", new String(markdown, StandardCharsets.UTF_8)));
  }

  @FuzzTest(maxDuration = "10m")
  void docx(byte[] markdown) throws Exception {
    Watchdog.run(() -> write("docx", new String(markdown, StandardCharsets.UTF_8)));
  }

  @FuzzTest(maxDuration = "10m")
  void pptx(byte[] markdown) throws Exception {
    Watchdog.run(() -> write("pptx", new String(markdown, StandardCharsets.UTF_8)));
  }

  private static void write(String format, String markdown) throws IOException {
    WarningSink warnings = WarningSink.collecting("fuzz.md");
    Document doc;
    try {
      doc = READER.read(markdown, warnings);
    } catch (TsuzuriException expected) {
      return;
    }
    try {
      Writers.forFormat(format).create().write(doc, new WriteContext("fuzz", new MemoryOutputs(),
          new Resources(FOLDER, List.of(), warnings), WriteOptions.defaults(), warnings));
    } catch (TsuzuriException expected) {
      // a clean refusal
    }
  }

  private static Path write(Path file, byte[] bytes) throws IOException {
    return Files.write(file, bytes);
  }

  /** A folder with the images the seeds refer to. */
  private static Path folder() {
    try {
      Path dir = Files.createTempDirectory("tsuzuri-fuzz");
      dir.toFile().deleteOnExit();
      java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(8, 6,
          java.awt.image.BufferedImage.TYPE_INT_RGB);
      javax.imageio.ImageIO.write(img, "png", dir.resolve("a.png").toFile());
      Files.write(dir.resolve("bomb.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10,
          0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1, 0, 0, 0, 1, 0, 0, 8, 2, 0, 0, 0});
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
