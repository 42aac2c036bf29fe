package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.testing.ImageServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --allow-remote} and its {@code tsuzuri.yaml} key, through the command line. */
class RemoteImagesCliTest {
  @TempDir Path dir;
  private ImageServer server;

  @BeforeEach
  void start() throws IOException {
    server = new ImageServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Path note(String image) throws IOException {
    Path p = dir.resolve("notes/talk.md");
    Files.createDirectories(p.getParent());
    Files.writeString(p, "---\ntitle: 発表\n---\n図の前の段落\n!img " + image + "\n図の後の段落\n",
        StandardCharsets.UTF_8);
    return p;
  }

  private Cli.Run convert(Path note, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "convert";
    args[1] = note.toString();
    args[2] = "-t";
    args[3] = "pdf";
    args[4] = "-o=" + dir.resolve("out");
    System.arraycopy(more, 0, args, 5, more.length);
    return Cli.run(args);
  }

  @Test
  void withoutTheFlagNothingConnectsAndTheWarningSaysHow() throws Exception {
    Path note = note(server.url("a.png"));
    Cli.Run r = convert(note, "--no-config");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(0, server.requests());
    assertTrue(r.err().contains("talk.md:5") && r.err().contains("--allow-remote")
        && r.err().contains(server.url("a.png")), r.toString());
    assertEquals(0, pdfImages());
  }

  @Test
  void aWordFileAloneNamesTheLineOfAnImageInText() throws Exception {
    Path note = note(server.url("w.png"));
    Cli.Run r = Cli.run("convert", note.toString(), "-t", "docx", "-o=" + dir.resolve("out"),
        "--no-config");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(0, server.requests());
    assertTrue(r.err().contains("talk.md:5: warning: remote resource not fetched"),
        r.toString());
  }

  @Test
  void theFlagFetchesTheImageIntoThePdf() throws Exception {
    Path note = note(server.url("b.png"));
    Cli.Run r = convert(note, "--no-config", "--allow-remote");
    assertEquals(0, r.exit(), r.toString());
    assertFalse(r.err().contains("warning"), r.toString());
    assertEquals(1, server.requests("b.png"));
    assertEquals(1, pdfImages());
  }

  @Test
  void aFailureIsAWarningNotAnError() throws Exception {
    Path note = note(server.url("to-file.png"));
    Cli.Run r = convert(note, "--no-config", "--allow-remote");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains("talk.md:5") && r.err().contains("file:///etc/passwd"),
        r.toString());
    assertFalse(r.err().contains("\tat ") || r.err().contains("root:"), r.toString());
    assertEquals(1, server.requests());
  }

  @Test
  void projectConfigTurnsItOnAndTheCommandLineOff() throws Exception {
    Path note = note(server.url("c.png"));
    Files.writeString(dir.resolve("tsuzuri.yaml"), "allow-remote: true\n");
    Cli.Run off = convert(note, "--no-allow-remote");
    assertEquals(0, off.exit(), off.toString());
    assertEquals(0, server.requests(), "--no-allow-remote must win over the config");
    Cli.Run on = convert(note);
    assertEquals(0, on.exit(), on.toString());
    assertEquals(1, server.requests("c.png"));
    assertEquals(1, pdfImages());
    Files.writeString(dir.resolve("tsuzuri.yaml"), "allow-remote: sometimes\n");
    Cli.Run bad = convert(note);
    assertEquals(2, bad.exit(), bad.toString());
    assertTrue(bad.err().contains("allow-remote"), bad.toString());
  }

  private int pdfImages() throws IOException {
    int n = 0;
    try (PDDocument doc = Loader.loadPDF(dir.resolve("out/talk.pdf").toFile())) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          n += page.getResources().getXObject(name) instanceof PDImageXObject ? 1 : 0;
        }
      }
    }
    return n;
  }
}
