package dev.tsuzuri.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
