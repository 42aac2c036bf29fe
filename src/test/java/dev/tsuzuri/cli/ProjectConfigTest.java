package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {
  @TempDir Path dir;

  Path write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void foundByWalkingUpFromTheInputAndOverriddenByTheCommandLine() throws IOException {
    write("blog/tsuzuri.yaml", "formats: [txt]\noutput: print\npage-size: a5\n"
        + "exclude: ['**/_index.md']\n");
    write("blog/content/posts/a.md", "本文\n");
    write("blog/content/posts/_index.md", "一覧\n");
    Path content = dir.resolve("blog/content");

    Cli.Run r = Cli.run("convert", content.toString());
    assertEquals(0, r.exit(), r.toString());
    Path out = dir.resolve("blog/print/posts/a.txt");
    assertTrue(Files.readString(out).startsWith("page-size: A5"), "output and page size from "
        + "the config, relative to it");
    assertTrue(Files.notExists(dir.resolve("blog/print/posts/_index.txt")));

    Cli.Run over = Cli.run("convert", content.toString(), "--page-size", "Letter", "--force");
    assertEquals(0, over.exit(), over.toString());
    assertTrue(Files.readString(out).startsWith("page-size: Letter"));

    Cli.Run otherOut = Cli.run("convert", content.toString(), "-o",
        dir.resolve("elsewhere").toString());
    assertEquals(0, otherOut.exit());
    assertTrue(Files.exists(dir.resolve("elsewhere/posts/a.txt")));
  }

  @Test
  void theNearestConfigWins() throws IOException {
    write("tsuzuri.yaml", "formats: [flaky]\n");
    write("sub/tsuzuri.yaml", "formats: txt\noutput: o\n");
    Path note = write("sub/notes/a.md", "本文\n");
    assertEquals(0, Cli.run("convert", note.toString()).exit());
    assertTrue(Files.exists(dir.resolve("sub/o/a.txt")));
  }

  @Test
  void unknownKeyIsAUsageErrorNamingItAndItsLine() throws IOException {
    Path config = write("tsuzuri.yaml", "formats: [txt]\npagesize: A5\n");
    Path note = write("a.md", "本文\n");
    Cli.Run r = Cli.run("convert", note.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().startsWith("tsuzuri: " + config + ":2: unknown key 'pagesize' "
        + "(known keys: "), r.err());
    CliTest.assertNoStackTrace(r);
  }

  @Test
  void wrongTypesAndBrokenYamlAreUsageErrors() throws IOException {
    Path note = write("a.md", "本文\n");
    write("tsuzuri.yaml", "formats: [txt]\njobs: many\n");
    Cli.Run jobs = Cli.run("convert", note.toString());
    assertEquals(2, jobs.exit());
    assertTrue(jobs.err().contains("'jobs' should be a whole number, not many"), jobs.err());

    write("tsuzuri.yaml", "formats: [txt\n");
    Cli.Run broken = Cli.run("convert", note.toString());
    assertEquals(2, broken.exit());
    assertTrue(broken.err().contains("tsuzuri.yaml: not valid YAML"), broken.err());
    CliTest.assertNoStackTrace(broken);

    write("tsuzuri.yaml", "formats: [txt]\nformats: [flaky]\n");
    assertEquals(2, Cli.run("convert", note.toString()).exit(), "duplicate keys refused");
  }

  @Test
  void noConfigAndExplicitConfig() throws IOException {
    write("tsuzuri.yaml", "formats: [txt]\npage-size: A5\n");
    Path other = write("conf/other.yaml", "formats: [txt]\npage-size: B5\noutput: ../o2\n");
    Path note = write("a.md", "本文\n");
    Path out = dir.resolve("o");
    assertEquals(0, Cli.run("convert", note.toString(), "-o", out.toString(), "--no-config",
        "-t", "txt").exit());
    assertTrue(Files.readString(out.resolve("a.txt")).startsWith("page-size: A4"));
    assertEquals(0, Cli.run("convert", note.toString(), "--config", other.toString()).exit());
    assertTrue(Files.readString(dir.resolve("o2/a.txt")).startsWith("page-size: B5"));
  }

  @Test
  void draftsAndJobsAndIncludeFromConfig() throws IOException {
    write("tsuzuri.yaml", "formats: txt\ndrafts: true\njobs: 1\ninclude: 'posts/**'\n");
    write("posts/d.md", "---\ndraft: true\n---\n下書き\n");
    write("pages/p.md", "固定ページ\n");
    Cli.Run r = Cli.run("convert", dir.toString(), "-o", dir.resolve("out").toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(Files.exists(dir.resolve("out/posts/d.txt")));
    assertTrue(Files.notExists(dir.resolve("out/pages/p.txt")));
    Cli.Run noDrafts = Cli.run("convert", dir.toString(), "-o", dir.resolve("out2").toString(),
        "--no-drafts");
    assertEquals(0, noDrafts.exit());
    assertTrue(Files.notExists(dir.resolve("out2/posts/d.txt")));
  }
}
