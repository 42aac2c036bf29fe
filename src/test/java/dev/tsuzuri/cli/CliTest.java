package dev.tsuzuri.cli;

import dev.tsuzuri.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  @TempDir Path dir;

  Path note(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  static void assertNoStackTrace(Cli.Run r) {
    assertFalse(r.err().contains("\tat "), r.toString());
    assertFalse(r.err().contains("Exception in"), r.toString());
  }

  @Test
  void versionAndHelp() {
    Cli.Run v = Cli.run("--version");
    assertEquals(0, v.exit());
    assertTrue(v.out().startsWith("tsuzuri "), v.toString());
    Cli.Run h = Cli.run("convert", "--help");
    assertEquals(0, h.exit());
    assertTrue(h.out().contains("--page-size") && h.out().contains("--session-level"));
  }

  @Test
  void formatsListsTheWritersWithDescriptions() {
    Cli.Run r = Cli.run("formats");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("txt")
        && l.contains("plain text of the outline")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.startsWith("flaky")), r.out());
  }

  @Test
  void usageErrorsExitWithTwoAndOneLine() throws IOException {
    Path a = note("a.md", "a\n");
    Path corrupt = note("corrupt.pptx", "not a zip");
    for (String[] args : List.of(
        new String[] {"convert", "--bogus", a.toString()},
        new String[] {"convert"},
        new String[] {"frobnicate"},
        new String[] {"convert", a.toString(), "-t", "nosuch"},
        new String[] {"convert", a.toString(), "-t", "txt", "--page-size", "A3"},
        new String[] {"convert", a.toString(), "-t", "txt", "--template", "x.odt"},
        new String[] {"convert", a.toString(), "-t", "txt", "--template", "missing.docx"},
        new String[] {"convert", a.toString(), "-t", "txt", "--decks", "all"},
        new String[] {"convert", a.toString(), "-t", "txt", "--session-level", "9"},
        new String[] {"convert", a.toString(), "-t", "txt", "-j", "0"},
        new String[] {"convert", a.toString(), "-t", "txt", "--template", corrupt.toString()})) {
      Cli.Run r = Cli.run(args);
      assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r);
      assertTrue(r.err().startsWith("tsuzuri: "), r.toString());
      assertNoStackTrace(r);
    }
    Cli.Run unknown = Cli.run("convert", a.toString(), "-t", "nosuch");
    assertTrue(unknown.err().contains("unknown format 'nosuch' (available: "),
        unknown.err());
    Cli.Run bad = Cli.run("convert", a.toString(), "-t", "txt", "--template", corrupt.toString());
    assertTrue(bad.err().contains("corrupt.pptx is not a .pptx file"), bad.err());
    Cli.Run size = Cli.run("convert", a.toString(), "-t", "txt", "--page-size", "A3");
    assertTrue(size.err().contains("--page-size: 'A3' is not one of A4, A5, B5, Letter"),
        size.err());
  }

  @Test
  void convertsANoteToOutSlashStem() throws IOException {
    Path a = note("notes/seminar.md", "---\ntitle: 勉強会\n---\n本文\n");
    Path out = dir.resolve("out");
    Cli.Run r = Cli.run("convert", a.toString(), "-t", "txt,flaky", "-o", out.toString(),
        "--page-size", "b5");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(Files.readString(out.resolve("seminar.txt")).startsWith("page-size: B5\n"
        + "title: 勉強会\n"));
    assertTrue(Files.exists(out.resolve("seminar.flaky")));
    assertTrue(r.out().contains("converted " + a), r.out());
    assertTrue(r.out().contains("1 converted, 0 unchanged, 0 drafts skipped, 0 failed"));
  }

  @Test
  void failingNotesExitWithOneAndOneLineEach() throws IOException {
    note("c/good.md", "よい\n");
    Path bad = note("c/bad.md", "一\n二\n!bad\n");
    Path bug = note("c/bug.md", "[[fail:bug]]\n");
    Cli.Run r = Cli.run("convert", dir.resolve("c").toString(), "-t", "flaky", "-o",
        dir.resolve("out").toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().contains("error: " + bad + ":3: unclosed shortcode\n"), r.err());
    assertTrue(r.err().contains("error: internal error converting " + bug
        + " to flaky: java.lang.IllegalStateException: index 3 out of bounds"), r.err());
    assertNoStackTrace(r);
    assertTrue(r.out().contains("1 converted, 0 unchanged, 0 drafts skipped, 2 failed"));

    Cli.Run debug = Cli.run("convert", dir.resolve("c").toString(), "-t", "flaky", "-o",
        dir.resolve("out").toString(), "--debug");
    assertTrue(debug.err().contains("\tat "), "stack traces with --debug");
  }

  @Test
  void warningsArePrintedWithFileAndLine() throws IOException {
    Path w = note("w.md", "本文\n!warn\n");
    Cli.Run r = Cli.run("convert", w.toString(), "-t", "txt", "-o", dir.resolve("o").toString());
    assertEquals(0, r.exit());
    assertTrue(r.err().contains(w + ":2: warning: unknown shortcode 'mystery'"), r.err());
    Cli.Run quiet = Cli.run("convert", w.toString(), "-t", "txt", "-o",
        dir.resolve("o").toString(), "-q");
    assertEquals("", quiet.out() + quiet.err());
  }

  @Test
  void outputFolderProblemsExitWithOne() throws IOException {
    Path a = note("a.md", "a\n");
    Files.writeString(dir.resolve("blocked"), "a file");
    Cli.Run r = Cli.run("convert", a.toString(), "-t", "txt", "-o",
        dir.resolve("blocked").toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.err().startsWith("tsuzuri: " + dir.resolve("blocked")
        + ": cannot create the output folder"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void missingInputExitsWithOne() {
    Cli.Run r = Cli.run("convert", dir.resolve("nope.md").toString(), "-t", "txt", "-o",
        dir.resolve("o").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("nope.md: no such file or folder"), r.err());
  }

  @Test
  @SuppressWarnings("unchecked")
  void reportListsEveryNote() throws IOException {
    note("c/a.md", "a\n!warn\n");
    note("c/b.md", "!bad\n");
    note("c/d.md", "---\ndraft: true\n---\nd\n");
    Path report = dir.resolve("report.json");
    Cli.Run r = Cli.run("convert", dir.resolve("c").toString(), "-t", "txt", "-o",
        dir.resolve("out").toString(), "--report", report.toString());
    assertEquals(1, r.exit());
    Map<String, Object> json = (Map<String, Object>) Json.parse(Files.readString(report));
    List<Map<String, Object>> notes = (List<Map<String, Object>>) json.get("notes");
    assertEquals(3, notes.size());
    Map<String, Object> a = notes.get(0);
    assertEquals(dir.resolve("c/a.md").toString(), a.get("input"));
    assertEquals("converted", a.get("status"));
    assertEquals(List.of(dir.resolve("out/a.txt").toString()), a.get("outputs"));
    assertEquals(2L, ((List<Map<String, Object>>) a.get("warnings")).get(0).get("line"));
    assertTrue(a.get("milliseconds") instanceof Long);
    assertEquals("failed", notes.get(1).get("status"));
    assertTrue(((String) notes.get(1).get("error")).endsWith("b.md:1: unclosed shortcode"));
    assertEquals("draft", notes.get(2).get("status"));
    Map<String, Object> summary = (Map<String, Object>) json.get("summary");
    assertEquals(3L, summary.get("notes"));
    assertEquals(1L, summary.get("failed"));
  }

  @Test
  void templatesExportCopiesTheBundledFiles() throws IOException {
    Path target = dir.resolve("my-templates");
    Cli.Run r = Cli.run("templates", "export", target.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("a bundled file the export test looks for\n",
        Files.readString(target.resolve("test-only/sample.txt")));
    Cli.Run again = Cli.run("templates", "export", target.toString());
    assertTrue(again.err().contains("exists; not overwritten"), again.err());
  }
}
