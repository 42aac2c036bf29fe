package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesExportTest {
  @TempDir Path dir;

  @Test
  void listsTemplatesInsideAJarEvenWithoutDirectoryEntries() throws IOException {
    Path jar = dir.resolve("t.jar");
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      for (String name : List.of("templates/docx/reference/word/styles.xml",
          "templates/pdf/page.html", "other/ignored.txt")) {
        out.putNextEntry(new JarEntry(name));
        out.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Map<String, URL> files = TemplatesCommand.bundledTemplates(loader);
      assertEquals(List.of("docx/reference/word/styles.xml", "pdf/page.html"),
          List.copyOf(files.keySet()));
      try (InputStream in = files.get("pdf/page.html").openStream()) {
        assertEquals("content of templates/pdf/page.html",
            new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void unzippedOfficePackagesAreExportedAsDocuments() throws IOException {
    Path src = dir.resolve("classes");
    for (String name : List.of("templates/docx/reference/word/document.xml",
        "templates/docx/reference/[Content_Types].xml", "templates/docx/reference/_rels/.rels",
        "templates/docx/reference-parts.txt", "templates/pdf/page.xhtml")) {
      Path f = src.resolve(name);
      Files.createDirectories(f.getParent());
      Files.writeString(f, "content of " + name);
    }
    Map<String, URL> files;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {src.toUri().toURL()}, null)) {
      files = TemplatesCommand.bundledTemplates(loader);
    }
    Path target = dir.resolve("exported");
    java.io.StringWriter log = new java.io.StringWriter();
    java.io.PrintWriter pw = new java.io.PrintWriter(log, true);
    assertEquals(2, TemplatesCommand.export(files, target, false, pw, pw));

    assertEquals("content of templates/pdf/page.xhtml",
        Files.readString(target.resolve("pdf/page.xhtml")));
    assertFalse(Files.exists(target.resolve("docx/reference-parts.txt")));
    assertFalse(Files.exists(target.resolve("docx/reference")));
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(
        target.resolve("docx/reference.docx").toFile())) {
      List<String> names = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
      assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml"), names);
      try (InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
        assertEquals("content of templates/docx/reference/word/document.xml",
            new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertEquals(0, TemplatesCommand.export(files, target, false, pw, pw), "nothing overwritten");
    assertTrue(log.toString().contains("exists; not overwritten"));
  }
}
