package dev.tsuzuri.write.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads the package POI wrote, lets later steps change or add parts, and writes it again with a
 * fixed entry time, so the same note always gives the same bytes.
 */
final class Repackager {
  private Repackager() {}

  /** The package's entries, by name, in order. */
  static Map<String, byte[]> read(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  /**
   * Makes the package a plain document even when the reference was a Word template (.dotx),
   * whose main part has another content type and would open as a template.
   */
  static void asDocument(Map<String, byte[]> parts) {
    byte[] types = parts.get("[Content_Types].xml");
    if (types == null) {
      return;
    }
    String s = new String(types, java.nio.charset.StandardCharsets.UTF_8);
    String fixed = s.replace("wordprocessingml.template.main+xml",
        "wordprocessingml.document.main+xml");
    if (!fixed.equals(s)) {
      parts.put("[Content_Types].xml", fixed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /**
   * The entries as a zip with fixed time stamps. Embedded fonts are compressed at the fastest
   * level: glyph outlines barely compress anyway (a few per cent bigger than at the default
   * level), and deflating them at the default level took a third of the writer's time.
   */
  static byte[] write(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        zip.setLevel(e.getKey().endsWith(".odttf") ? Deflater.BEST_SPEED
            : Deflater.DEFAULT_COMPRESSION);
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(ReferenceDocx.ZIP_TIME);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
