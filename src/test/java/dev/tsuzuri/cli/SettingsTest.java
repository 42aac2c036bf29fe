package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.testing.LineReader;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.docx.DocxOptions;
import dev.tsuzuri.write.pdf.PdfOptions;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SettingsTest {
  @TempDir Path dir;

  Settings settings(String... args) {
    ConvertCommand cmd = new ConvertCommand(new LineReader());
    new CommandLine(cmd).parseArgs(args);
    return new Settings(cmd, null);
  }

  ConvertRequest parse(String... args) {
    return settings(args).request(new LineReader());
  }

  Path zip(String name) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.closeEntry();
    }
    return p;
  }

  @Test
  void defaults() {
    assertEquals(List.of("pdf"), settings("a.md").formats());
    ConvertRequest r = parse("a.md", "-t", "txt");
    assertEquals(Path.of("out"), r.output());
    assertEquals(new PdfOptions("A4", false, null, null, "sans", null, false),
        r.options().find(PdfOptions.class).orElseThrow());
    assertEquals(DocxOptions.defaults(), r.options().find(DocxOptions.class).orElseThrow());
    assertEquals(PptxOptions.defaults(), r.options().find(PptxOptions.class).orElseThrow());
    assertEquals(Runtime.getRuntime().availableProcessors(), r.jobs());
  }

  @Test
  void everyWriterFlagReachesItsOptionRecord() throws IOException {
    Path docx = zip("company.docx");
    Path pptx = zip("company.pptx");
    Path html = Files.writeString(dir.resolve("page.xhtml"), "<html/>");
    Path css = Files.writeString(dir.resolve("extra.css"), "p{}");
    Path images = Files.createDirectories(dir.resolve("static"));
    ConvertRequest r = parse("a.md", "b", "-t", "txt,FLAKY", "--to", "txt", "-o", "print",
        "--page-size", "letter", "--toc", "--css", css.toString(), "--font", "serif",
        "--pdf-standard", "PDFA-2U", "--tagged", "--no-embed-fonts", "--decks", "session",
        "--session-level", "3", "--template", docx.toString(), "--template", pptx.toString(),
        "--template", html.toString(), "--resource-path", images.toString(), "-j", "3",
        "--drafts", "--force", "--include", "posts/**", "--exclude", "*.markdown");
    WriteOptions o = r.options();
    assertEquals(new PdfOptions("Letter", true, html, css, "serif", "pdfa-2u", true),
        o.find(PdfOptions.class).orElseThrow());
    assertEquals(new DocxOptions(docx, true, false), o.find(DocxOptions.class).orElseThrow());
    assertEquals(new PptxOptions(pptx, PptxOptions.Decks.SESSION, 3),
        o.find(PptxOptions.class).orElseThrow());
    assertEquals(List.of("txt", "flaky"), r.formats());
    assertEquals(List.of(Path.of("a.md"), Path.of("b")), r.inputs());
    assertEquals(Path.of("print"), r.output());
    assertEquals(List.of(images), r.resourceRoots());
    assertEquals(3, r.jobs());
    assertTrue(r.drafts() && r.force());
    assertEquals(List.of("posts/**"), r.include());
    assertEquals(List.of("*.markdown"), r.exclude());
  }

  @Test
  void twoTemplatesForOneWriterAreRefused() throws IOException {
    Path a = zip("a.docx");
    Path b = zip("b.docx");
    UsageException e = assertThrows(UsageException.class,
        () -> parse("a.md", "-t", "txt", "--template", a.toString(), "--template", b.toString()));
    assertEquals("--template: two .docx templates given", e.getMessage());
  }

  @Test
  void encodingReachesTheReader() {
    assertEquals(java.nio.charset.Charset.forName("Shift_JIS"),
        settings("a.md", "--encoding", "shift_jis").readOptions().charset());
    assertEquals(null, settings("a.md").readOptions().charset());
    UsageException e = assertThrows(UsageException.class,
        () -> settings("a.md", "--encoding", "klingon").readOptions());
    assertTrue(e.getMessage().startsWith("--encoding: unknown encoding 'klingon'"), e.getMessage());
  }
}
