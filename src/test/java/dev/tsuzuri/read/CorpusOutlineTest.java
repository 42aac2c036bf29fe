package dev.tsuzuri.read;

import dev.tsuzuri.read.markdown.MarkdownReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every real note in {@code /work/shared} (when present) and compares the headings and
 * list items with pandoc's view of the same note, through {@code outline.py}. The notes are not
 * copied into the repository; the test is skipped where they or pandoc are absent.
 */
class CorpusOutlineTest {
  private static final Path SHARED = dev.tsuzuri.testing.SharedFolder.path();

  /**
   * Notes pandoc's commonmark_x reads differently on purpose, not comparable: the spec relies
   * on pandoc's implicit heading references ({@code [thematic breaks]} linking to a heading).
   */
  private static final java.util.Set<String> PANDOC_ONLY_EXTENSIONS = java.util.Set.of(
      "commonmark-spec__spec.txt");

  static Stream<Path> notes() throws IOException {
    List<Path> notes = new ArrayList<>();
    for (String dir : new String[] {"notes", "corpus"}) {
      Path d = SHARED.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt"))
              .sorted().forEach(notes::add);
        }
      }
    }
    if (notes.isEmpty()) {
      notes.add(null);
    }
    return notes.stream();
  }

  @ParameterizedTest
  @MethodSource("notes")
  void sameHeadingsAndItemsAsPandoc(Path note) throws Exception {
    assumeTrue(note != null, "no shared notes here");
    assumeTrue(onPath("pandoc") && onPath("python3"), "pandoc or python3 missing");
    WarningSink warnings = WarningSink.collecting(note.toString());
    Document doc = new MarkdownReader(ReadOptions.defaults()).read(note, warnings);
    assumeTrue(!PANDOC_ONLY_EXTENSIONS.contains(note.getFileName().toString()),
        "read without error; outline not comparable with pandoc's");
    List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
    List<String> ours = PandocOutline.of(doc, lines);
    List<String> pandoc = pandoc(note);
    assertEquals(String.join("\n", pandoc), String.join("\n", ours), note.toString());
  }

  private static List<String> pandoc(Path note) throws Exception {
    Process p = new ProcessBuilder("python3", SHARED.resolve("tools/outline.py").toString(),
        note.toString()).redirectErrorStream(false).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    List<String> kept = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.startsWith("h\t") || line.startsWith("li\t")) {
        kept.add(line);
      }
    }
    return kept;
  }

  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
