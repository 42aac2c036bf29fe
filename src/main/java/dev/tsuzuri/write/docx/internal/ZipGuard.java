package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a template package that would expand into far more than it looks like (a zip bomb)
 * before POI inflates it: too many entries, too much uncompressed data, or an entry that
 * compresses better than any honest XML does. The numbers are generous for real templates.
 */
public final class ZipGuard {
  /** Largest template file accepted, in bytes. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** Largest total uncompressed size, in bytes. */
  public static final long MAX_EXPANDED_BYTES = 256L * 1024 * 1024;
  /** Most entries in the package. */
  public static final int MAX_ENTRIES = 5_000;
  /** Highest expansion ratio (uncompressed / compressed) tolerated for an entry over 1 MB. */
  public static final int MAX_RATIO = 200;

  private ZipGuard() {}

  /**
   * Checks the package by inflating it once into nothing.
   *
   * @param bytes the package
   * @param name the template as the user named it, for messages
   * @throws TsuzuriException when the package is not a zip or breaks a limit
   */
  public static void check(byte[] bytes, String name) {
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
      throw new TsuzuriException(name, 0, "not a valid .docx (zip) file: " + e.getMessage());
    }
    if (entries == 0) {
      throw new TsuzuriException(name, 0, "not a valid .docx file: it holds no parts");
    }
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
}
