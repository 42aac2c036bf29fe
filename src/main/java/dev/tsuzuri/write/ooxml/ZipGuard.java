package dev.tsuzuri.write.ooxml;

import dev.tsuzuri.diag.TsuzuriException;
import dev.tsuzuri.write.InvalidOptionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a template package (.docx, .pptx) that would expand into far more than it looks like
 * (a zip bomb) before POI or a part reader inflates it: too many entries, too much uncompressed
 * data, or an entry that compresses better than any honest part does. The numbers are generous
 * for real templates, which carry pictures and fonts.
 */
public final class ZipGuard {
  /** Largest template file accepted, in bytes. */
  public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
  /** Largest total uncompressed size, in bytes. */
  public static final long MAX_EXPANDED_BYTES = 300L * 1024 * 1024;
  /** Most entries in the package. */
  public static final int MAX_ENTRIES = 5_000;
  /** Highest expansion ratio (uncompressed / compressed) tolerated for an entry over 1 MB. */
  public static final int MAX_RATIO = 100;

  /** Templates checked already, by the SHA-256 of their content. */
  private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

  private ZipGuard() {}

  /**
   * Reads a user's template file, refusing one that is missing, huge or a zip bomb. A batch
   * checks the same template once: unpacking a whole template costs more than a small deck (by
   * content, so a template edited meanwhile is checked again).
   *
   * @param file the template
   * @param kind its extension ("docx"), for messages
   * @throws TsuzuriException naming the file when it cannot be used
   */
  public static byte[] read(Path file, String kind) {
    String name = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new TsuzuriException(name, 0, "template not found");
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new TsuzuriException(name, 0, "template is larger than "
            + MAX_FILE_BYTES / (1024 * 1024) + " MB");
      }
      byte[] bytes = Files.readAllBytes(file);
      String key = sha256(bytes);
      if (!CHECKED.contains(key)) {
        check(bytes, name, kind);
        if (CHECKED.size() > 64) {
          CHECKED.clear();
        }
        CHECKED.add(key);
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new TsuzuriException(name, 0, "template not found");
    } catch (IOException e) {
      throw new TsuzuriException(name, 0, "cannot read template: " + e.getMessage(), e);
    }
  }

  /**
   * Checks a package by inflating it once into nothing.
   *
   * @param bytes the package
   * @param name the template as the user named it, for messages
   * @param kind its extension ("docx"), for messages
   * @throws TsuzuriException when the package is not a zip or breaks a limit
   */
  public static void check(byte[] bytes, String name, String kind) {
    if (bytes.length > MAX_FILE_BYTES) {
      throw new TsuzuriException(name, 0, "template is larger than "
          + MAX_FILE_BYTES / (1024 * 1024) + " MB");
    }
    long total = 0;
    int entries = 0;
    byte[] buf = new byte[16 * 1024];
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry e;
      while ((e = zin.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new TsuzuriException(name, 0, "template has more than " + MAX_ENTRIES
              + " entries (zip bomb?)");
        }
        long size = drain(zin, buf, MAX_EXPANDED_BYTES - total, name);
        total += size;
        long packed = e.getCompressedSize();
        if (size > 1024 * 1024 && packed > 0 && size / packed > MAX_RATIO) {
          throw new TsuzuriException(name, 0, "template entry " + e.getName()
              + " expands " + size / packed + " times (zip bomb?)");
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new TsuzuriException(name, 0, "not a " + application(kind) + " file (damaged zip: "
          + e.getMessage() + ")");
    }
    if (entries == 0) {
      throw new TsuzuriException(name, 0, "not a " + application(kind)
          + " file (no zip entries)");
    }
  }

  /**
   * Checks, when options are built, that a template file at least starts as a zip archive, so
   * that a wrong file is named before any note is read.
   *
   * @param file the template
   * @param kind its extension ("docx"), for the message
   * @return the file
   * @throws InvalidOptionException naming the setting {@code template} otherwise
   */
  public static Path requireZip(Path file, String kind) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        return file;
      }
    } catch (IOException e) {
      throw new InvalidOptionException("template", "cannot read " + file + ": " + e.getMessage());
    }
    throw new InvalidOptionException("template", file + " is not a ." + kind
        + " file (it is not even a zip archive)");
  }

  /** "Word" for "docx": what users call the file. */
  private static String application(String kind) {
    return switch (kind) {
      case "docx" -> "Word";
      case "pptx" -> "PowerPoint";
      default -> "." + kind;
    };
  }

  private static long drain(InputStream in, byte[] buf, long budget, String name)
      throws IOException {
    long n = 0;
    int r;
    while ((r = in.read(buf)) > 0) {
      n += r;
      if (n > budget) {
        throw new TsuzuriException(name, 0, "template expands to more than "
            + MAX_EXPANDED_BYTES / (1024 * 1024) + " MB (zip bomb?)");
      }
    }
    return n;
  }

  /** The SHA-256 of bytes, in hex: what a template is known by in the per-process caches. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
