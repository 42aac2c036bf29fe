package dev.tsuzuri.write.docx.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tsuzuri.write.docx.DocxOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preparing ahead leaves the template ready for the first write, and never fails itself. */
class DocxPrepareTest {
  @Test
  void preparingKeepsTheTemplateForTheFirstWrite(@TempDir Path dir) throws Exception {
    // a template no other test has prepared: the reference with a comment of its own
    Map<String, byte[]> parts = Repackager.read(ReferenceDocx.bytes());
    String app = new String(parts.get("docProps/app.xml"), StandardCharsets.UTF_8)
        + "<!-- " + System.nanoTime() + " -->";
    parts.put("docProps/app.xml", app.getBytes(StandardCharsets.UTF_8));
    byte[] template = Repackager.write(parts);
    Path file = dir.resolve("mine.docx");
    Files.write(file, template);
    assertFalse(TemplatePackage.isPrepared(template));
    DocxBuilder.prepare(DocxOptions.builder().template(file).build());
    assertTrue(TemplatePackage.isPrepared(template));
  }

  @Test
  void aBrokenTemplateIsLeftForTheWriteToReport(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.docx");
    Path broken = Files.writeString(dir.resolve("broken.docx"), "not a zip");
    assertDoesNotThrow(() -> DocxBuilder.prepare(DocxOptions.builder().template(missing).build()));
    assertDoesNotThrow(() -> DocxBuilder.prepare(DocxOptions.builder().template(broken).toc(true).embedFonts(false).build()));
  }
}
