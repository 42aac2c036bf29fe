package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.write.ooxml.ZipGuard;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * The reference decks slides are made from: the bundled one, kept unzipped under
 * {@code templates/pptx/reference/} (its parts listed in {@code parts.txt}, because a folder
 * inside a jar cannot be listed) and zipped in memory once per process, or a user's .pptx, checked
 * against zip bombs ({@link ZipGuard}) before POI opens it.
 */
final class Templates {
  static final String BUNDLED = "/templates/pptx/reference/";

  private static volatile byte[] bundled;

  private Templates() {}

  /** The bundled reference deck as .pptx bytes. */
  static byte[] bundled() {
    byte[] b = bundled;
    if (b == null) {
      synchronized (Templates.class) {
        if (bundled == null) {
          bundled = zipBundled();
        }
        b = bundled;
      }
    }
    return b;
  }

  /** The bytes of a user's template, after checking its size and its zip structure. */
  static byte[] user(Path file) {
    return ZipGuard.read(file, "pptx");
  }

  /** Opens a deck on template bytes; a damaged file gives a clear message. */
  static XMLSlideShow open(byte[] bytes, String name) {
    try {
      return new XMLSlideShow(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new TsuzuriException(name, 0, "not a usable PowerPoint template ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
    }
  }

  private static byte[] zipBundled() {
    try {
      String list = new String(resource("parts.txt"), StandardCharsets.UTF_8);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (String part : list.split("\n")) {
          String p = part.trim();
          if (p.isEmpty() || p.startsWith("#")) {
            continue;
          }
          zip.putNextEntry(new ZipEntry(p));
          zip.write(resource(p));
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new TsuzuriException("bundled PowerPoint template unreadable: " + e.getMessage());
    }
  }

  private static byte[] resource(String part) throws IOException {
    try (InputStream in = Templates.class.getResourceAsStream(BUNDLED + part)) {
      if (in == null) {
        throw new TsuzuriException("bundled PowerPoint template part missing: " + part);
      }
      return in.readAllBytes();
    }
  }
}
