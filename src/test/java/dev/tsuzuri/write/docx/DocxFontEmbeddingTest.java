package dev.tsuzuri.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tsuzuri.diag.WarningSink;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxFontEmbeddingTest {

  static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  /** Undoes Word's obfuscation with the key named in the font table. */
  static byte[] deobfuscate(byte[] odttf, String guid) {
    String hex = guid.replaceAll("[^0-9A-Fa-f]", "");
    byte[] out = odttf.clone();
    for (int i = 0; i < 32; i++) {
      int at = (15 - i % 16) * 2;
      out[i] ^= (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
    }
    return out;
  }

  @Test
  void fontsAreEmbeddedObfuscatedAndSubset() throws Exception {
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"));
    Map<String, byte[]> parts = unzip(docx);
    String table = new String(parts.get("word/fontTable.xml"), StandardCharsets.UTF_8);
    String settings = new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8);
    assertTrue(settings.contains("embedTrueTypeFonts"), settings);
    assertTrue(settings.contains("saveSubsetFonts"), settings);
    var m = java.util.regex.Pattern.compile(
        "w:name=\"BIZ UDPGothic\".*?w:embedRegular r:id=\"([^\"]+)\" w:fontKey=\"([^\"]+)\"",
        java.util.regex.Pattern.DOTALL).matcher(table);
    assertTrue(m.find(), table);
    String rels = new String(parts.get("word/_rels/fontTable.xml.rels"), StandardCharsets.UTF_8);
    var target = java.util.regex.Pattern.compile("Id=\"" + m.group(1) + "\"[^>]*Target=\"([^\"]+)\"")
        .matcher(rels);
    if (!target.find()) {
      target = java.util.regex.Pattern.compile("Target=\"([^\"]+)\"[^>]*Id=\"" + m.group(1) + "\"")
          .matcher(rels);
      assertTrue(target.find(), rels);
    }
    byte[] odttf = parts.get("word/" + target.group(1));
    assertNotNull(odttf);
    assertTrue(odttf.length < 400_000, "subset, not the whole 4.7 MB font: " + odttf.length);
    TrueTypeFont font = new TTFParser().parse(
        new RandomAccessReadBuffer(deobfuscate(odttf, m.group(2))));
    assertEquals("BIZ UDPGothic", font.getNaming().getFontFamily());
    var cmap = font.getUnicodeCmapLookup();
    assertTrue(cmap.getGlyphId('勉') > 0, "a character of the text is kept");
    assertEquals(0, cmap.getGlyphId('鬱'), "a character the text does not use is dropped");
    assertTrue(new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
        .contains("obfuscatedFont"));
    // POI still reads the package
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertFalse(doc.getParagraphs().isEmpty());
    }
  }

  @Test
  void theCodeFontIsEmbeddedOnlyWhenThereIsCode() throws Exception {
    String withCode = new String(unzip(Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t"))).get("word/fontTable.xml"), StandardCharsets.UTF_8);
    assertTrue(withCode.matches("(?s).*w:name=\"BIZ UDGothic\".*?embedRegular.*"), withCode);
    var prose = new dev.tsuzuri.outline.Document(Fixtures.meta("文章だけ", "ja"),
        List.of(Fixtures.para("コードのない文章です。")), List.of());
    Map<String, byte[]> parts = unzip(Fixtures.write(prose, DocxOptions.defaults(),
        WarningSink.collecting("t")));
    assertEquals(2, parts.keySet().stream().filter(n -> n.endsWith(".odttf")).count(),
        parts.keySet().toString());
  }

  @Test
  void embedFontsFalseLeavesThemOut() throws Exception {
    byte[] docx = Fixtures.write(Fixtures.seminar(), DocxOptions.builder().embedFonts(false).build(),
        WarningSink.collecting("t"));
    Map<String, byte[]> parts = unzip(docx);
    assertTrue(parts.keySet().stream().noneMatch(n -> n.endsWith(".odttf")), parts.keySet()
        .toString());
    String settings = new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8);
    assertFalse(settings.contains("embedTrueTypeFonts"), settings);
  }

  /** LibreOffice on a machine without BIZ UD fonts renders with the embedded ones. */
  @Test
  void libreOfficeRendersWithTheEmbeddedFont(@TempDir Path dir) throws Exception {
    String soffice = onPath("soffice");
    assumeTrue(soffice != null, "LibreOffice not installed");
    Path in = dir.resolve("note.docx");
    Files.write(in, Fixtures.write(Fixtures.seminar(), DocxOptions.defaults(),
        WarningSink.collecting("t")));
    Process p = new ProcessBuilder(soffice, "-env:UserInstallation=file://" + dir.resolve("lo"),
        "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), in.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    assumeTrue(p.waitFor(180, TimeUnit.SECONDS), "LibreOffice took too long");
    Path pdf = dir.resolve("note.pdf");
    assumeTrue(Files.exists(pdf), "LibreOffice made no PDF");
    List<String> fonts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          if (f.isEmbedded()) {
            fonts.add(f.getName());
          }
        }
      }
    }
    assertTrue(fonts.stream().anyMatch(n -> n.contains("BIZUDPGothic")), fonts.toString());
  }

  static String onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File f = new File(dir, program);
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }
}
