package dev.tsuzuri.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tsuzuri.TsuzuriException;
import dev.tsuzuri.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.MarkdownReader;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz targets (Jazzer) for the reader and every writer. The property: any input
 * gives either output or a clean {@link TsuzuriException}, never another exception, never a
 * hang.
 *
 * <p>{@code mvn verify} runs each target over its seeds in {@code
 * src/test/resources/dev/tsuzuri/fuzz/ConverterFuzzTestInputs/<target>/} (regression mode). To
 * fuzz for real, one target at a time: {@code JAZZER_FUZZ=1 mvn -o test
 * -Dtest='ConverterFuzzTest#reader'}; findings are saved beside the seeds and fail the build
 * until fixed. An input that runs for over 30 seconds is a finding too (a hang), not a wait.
 */
class ConverterFuzzTest {
  private static final MarkdownReader READER = new MarkdownReader(ReadOptions.defaults()
      .withLimits(256 * 1024, ReadOptions.DEFAULT_MAX_NESTING_DEPTH, 64 * 1024));
  private static final Path FOLDER = folder();

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void reader(byte[] note) throws IOException {
    Path file = Files.createTempFile(FOLDER, "fuzz", ".md");
    try {
      READER.read(write(file, note),
          WarningSink.collecting("fuzz.md"));
    } catch (TsuzuriException expected) {
      // a clean refusal
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void json(byte[] markdown) throws IOException {
    write("json", new String(markdown, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void html(byte[] markdown) throws IOException {
    write("html", new String(markdown, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void pdf(byte[] markdown) throws IOException {
    write("pdf", new String(markdown, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void docx(byte[] markdown) throws IOException {
    write("docx", new String(markdown, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "10m")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void pptx(byte[] markdown) throws IOException {
    write("pptx", new String(markdown, StandardCharsets.UTF_8));
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
