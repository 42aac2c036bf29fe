package dev.tsuzuri.cli;

import dev.tsuzuri.write.pptx.DeckSplit;
import dev.tsuzuri.write.pdf.PdfStandard;
import dev.tsuzuri.write.BodyFont;
import dev.tsuzuri.write.pdf.PageSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.convert.ConvertRequest;
import dev.tsuzuri.testing.LineReader;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.docx.DocxOptions;
import dev.tsuzuri.write.html.HtmlOptions;
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
    // nothing chosen: no record is set, and every writer uses its defaults
    assertEquals(List.of(), r.options().all());
    assertEquals(PdfOptions.defaults(),
        r.options().get(PdfOptions.class, PdfOptions::defaults));
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
    assertEquals(PdfOptions.builder().pageSize(PageSize.LETTER).toc(true).template(html)
        .css(css).font(BodyFont.SERIF).standard(PdfStandard.PDFA_2U).tagged(true).build(),
        o.find(PdfOptions.class).orElseThrow());
    assertEquals(HtmlOptions.builder().toc(true).template(html).css(css).font(BodyFont.SERIF)
        .build(), o.find(HtmlOptions.class).orElseThrow());
    assertEquals(DocxOptions.builder().template(docx).toc(true).embedFonts(false).build(),
        o.find(DocxOptions.class).orElseThrow());
    assertEquals(PptxOptions.builder().template(pptx).decks(DeckSplit.SESSION).sessionLevel(3)
        .build(), o.find(PptxOptions.class).orElseThrow());
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
  void badWriterValuesNameTheirFlag() throws IOException {
    assertEquals("--page-size: 'A3' is not one of A4, A5, B5, Letter", assertThrows(
        UsageException.class, () -> parse("a.md", "--page-size", "A3")).getMessage());
    assertEquals("--decks: 'slides' is not one of document, session", assertThrows(
        UsageException.class, () -> parse("a.md", "--decks", "slides")).getMessage());
    assertEquals("--session-level: must be 1 to 6: 7", assertThrows(
        UsageException.class, () -> parse("a.md", "--session-level", "7")).getMessage());
    Path notZip = Files.writeString(dir.resolve("plain.docx"), "not a zip");
    assertEquals("--template: " + notZip + " is not a .docx file (it is not even a zip archive)",
        assertThrows(UsageException.class,
            () -> parse("a.md", "--template", notZip.toString())).getMessage());
    Path odt = Files.writeString(dir.resolve("x.odt"), "");
    assertTrue(assertThrows(UsageException.class,
        () -> parse("a.md", "--template", odt.toString())).getMessage()
        .startsWith("--template: " + odt + " is not a template of any format (.docx (docx), "));
    assertEquals("--css: no such file: missing.css", assertThrows(UsageException.class,
        () -> parse("a.md", "--css", "missing.css")).getMessage());
  }

  @Test
  void everyProviderSettingIsAFlagOfConvert() {
    CommandLine cl = new CommandLine(new ConvertCommand(new LineReader()));
    for (var p : dev.tsuzuri.write.Writers.all().values()) {
      for (var s : p.settings()) {
        assertTrue(cl.getCommandSpec().findOption("--" + s.name()) != null, s.name());
        assertTrue(ProjectConfig.keys().contains(s.name()), s.name());
      }
    }
    String help = cl.getUsageMessage();
    assertTrue(help.contains("--page-size=SIZE"), help);
    assertEquals(List.of("docx", "html", "pdf", "txt"),
        WriterFlags.offered().get("toc").formats(), "--toc is offered once, for every reader");
    assertTrue(help.contains(".pptx (png, pptx)"), help);
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
