package dev.tsuzuri.write.pptx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * The reference decks slides are made from: the bundled one, kept unzipped under
 * {@code templates/pptx/reference/} (its parts listed in {@code parts.txt}, because a folder
 * inside a jar cannot be listed) and zipped in memory once per process, or a user's .pptx, checked
 * against zip bombs before POI opens it.
 */
final class Templates {
  static final String BUNDLED = "/templates/pptx/reference/";

  /** A template file larger than this is refused. */
  static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
  /** The parts of a template may not unpack to more than this. */
  static final long MAX_UNPACKED_BYTES = 300L * 1024 * 1024;
  /** Nor may they be compressed more than this (a zip bomb's signature). */
  static final long MAX_RATIO = 100;
  /** Nor have more entries than this. */
  static final int MAX_ENTRIES = 5000;

  private static volatile byte[] bundled;
  /** Templates checked already, by the SHA-256 of their content. */
  private static final java.util.Set<String> CHECKED =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

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
    String name = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new TsuzuriException(name, 0, "template not found");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new TsuzuriException(name, 0, "template larger than "
            + MAX_FILE_BYTES / (1024 * 1024) + " MB");
      }
      byte[] bytes = Files.readAllBytes(file);
      // unpacking a whole template to check it costs more than a small deck: a batch checks
      // the same template once (by content, so a template edited meanwhile is checked again)
      String key = sha256(bytes);
      if (!CHECKED.contains(key)) {
        checkZip(name, bytes);
        if (CHECKED.size() > 64) {
          CHECKED.clear();
        }
        CHECKED.add(key);
      }
      return bytes;
    } catch (IOException e) {
      throw new TsuzuriException(name, 0, "cannot read template: " + e.getMessage(), e);
    }
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

  /** The SHA-256 of bytes, in hex: what a template is known by. */
  static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  static void checkZip(String name, byte[] bytes) {
    long total = 0;
    int entries = 0;
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      byte[] buf = new byte[64 * 1024];
      while ((e = zin.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new TsuzuriException(name, 0, "template has more than " + MAX_ENTRIES
              + " parts");
        }
        int n;
        while ((n = zin.read(buf)) > 0) {
          total += n;
          if (total > MAX_UNPACKED_BYTES) {
            throw new TsuzuriException(name, 0, "template unpacks to more than "
                + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
          }
        }
      }
    } catch (IOException | IllegalArgumentException ex) {
      throw new TsuzuriException(name, 0, "not a PowerPoint file (damaged zip: "
          + ex.getMessage() + ")", ex);
    }
    if (entries == 0) {
      throw new TsuzuriException(name, 0, "not a PowerPoint file (no zip entries)");
    }
    if (total > 1024 * 1024 && total / Math.max(1, bytes.length) > MAX_RATIO) {
      throw new TsuzuriException(name, 0, "template is compressed suspiciously well (ratio over "
          + MAX_RATIO + "), refusing it as a possible zip bomb");
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
