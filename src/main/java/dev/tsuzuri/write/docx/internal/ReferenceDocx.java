package dev.tsuzuri.write.docx.internal;

import dev.tsuzuri.diag.TsuzuriException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The default reference document: its parts are data under {@code templates/docx/reference/},
 * listed in {@code templates/docx/reference-parts.txt}, and zipped in memory once per process.
 */
public final class ReferenceDocx {
  /** The class-path folder of the parts. */
  public static final String ROOT = "/templates/docx/reference/";
  /** The manifest that lists the parts (a class-path folder cannot be listed inside a jar). */
  public static final String MANIFEST = "/templates/docx/reference-parts.txt";

  /** The time stamp written into every zip entry, so equal input gives equal bytes. */
  public static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private static volatile byte[] zipped;

  private ReferenceDocx() {}

  /** The default reference .docx as bytes (a fresh copy). */
  public static byte[] bytes() {
    byte[] z = zipped;
    if (z == null) {
      synchronized (ReferenceDocx.class) {
        if (zipped == null) {
          zipped = build();
        }
        z = zipped;
      }
    }
    return z.clone();
  }

  /** The names of the parts, in zip order. */
  public static List<String> partNames() {
    String text = new String(resource(MANIFEST), StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        names.add(l);
      }
    }
    return names;
  }

  /** One part's bytes. */
  public static byte[] part(String name) {
    return resource(ROOT + name);
  }

  private static byte[] build() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : partNames()) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ZIP_TIME);
        zip.putNextEntry(e);
        zip.write(part(name));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new TsuzuriException("cannot build the default reference .docx: " + e.getMessage());
    }
    return out.toByteArray();
  }

  private static byte[] resource(String path) {
    try (InputStream in = ReferenceDocx.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new TsuzuriException("missing from the class path: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new TsuzuriException("cannot read " + path + ": " + e.getMessage());
    }
  }
}
