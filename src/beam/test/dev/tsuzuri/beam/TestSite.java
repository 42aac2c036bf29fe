package dev.tsuzuri.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A Hugo site the pipeline tests convert, written from the repository's own material: generated
 * seminar notes, a page bundle with its picture, a note with a site-absolute picture, one broken
 * note, and a hidden draft and a text file the folder search must skip.
 *
 * @param site the site root ({@code --site})
 * @param content its {@code content} folder ({@code --input})
 */
record TestSite(Path site, Path content) {
  /** The name below {@code content} of the one note that cannot be read. */
  static final String BROKEN = "posts/broken.md";

  /** Writes the site below {@code dir} with {@code generated} generated notes. */
  static TestSite write(Path dir, int generated) throws IOException, InterruptedException {
    Path site = dir.resolve("site");
    Path content = site.resolve("content");
    Files.createDirectories(content);
    generate(generated, content.resolve("generated"));
    Path bundle = Files.createDirectories(content.resolve("posts/trip"));
    Files.copy(Path.of("src/examples/seminar-notes.md"), bundle.resolve("index.md"));
    Files.copy(Path.of("src/examples/venue.png"), bundle.resolve("venue.png"));
    Files.createDirectories(site.resolve("static/images"));
    Files.copy(Path.of("src/examples/venue.png"), site.resolve("static/images/logo.png"));
    Files.writeString(content.resolve("posts/site-picture.md"), "---\ntitle: サイトの画像\n---\n\n"
        + "## 会場\n\n![ロゴ](/images/logo.png)\n\n- 画像はサイトの static にある\n");
    Files.writeString(content.resolve(BROKEN), "---\ntitle: [閉じていない\n---\n\n本文\n");
    Files.createDirectories(content.resolve(".drafts"));
    Files.writeString(content.resolve(".drafts/hidden.md"), "# hidden folders are skipped\n");
    Files.writeString(content.resolve("posts/notes.txt"), "not a note\n");
    return new TestSite(site, content);
  }

  /** The notes a folder search takes, the broken one included. */
  long countNotes() throws IOException {
    try (Stream<Path> files = Files.walk(content)) {
      return files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains(".drafts"))
          .count();
    }
  }

  /** The regular files below {@code root}, as sorted relative names with forward slashes. */
  static Set<String> relativeFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      Set<String> set = new TreeSet<>();
      files.filter(Files::isRegularFile)
          .forEach(f -> set.add(root.relativize(f).toString().replace('\\', '/')));
      return set;
    }
  }

  /** Runs the benchmark's corpus generator, a JDK-only program, with the source launcher. */
  private static void generate(int notes, Path folder) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(),
        "src/bench/java/dev/tsuzuri/bench/CorpusGenerator.java", String.valueOf(notes), "7",
        folder.toString()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), log);
  }
}
