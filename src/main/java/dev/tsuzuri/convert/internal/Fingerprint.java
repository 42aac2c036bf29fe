package dev.tsuzuri.convert.internal;

import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.docx.DocxOptions;
import dev.tsuzuri.write.pdf.PdfOptions;
import dev.tsuzuri.write.pptx.PptxOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Hashes that decide whether a note needs converting again: one over the note (and, for a Hugo
 * page bundle, the files beside it), one per format over the options that format uses, including
 * the content of template and stylesheet files they name.
 */
public final class Fingerprint {
  /** Which option records each built-in format reads; other formats depend on all of them. */
  private static final Map<String, List<Class<?>>> OPTIONS_BY_FORMAT = Map.of(
      "pdf", List.of(PdfOptions.class),
      "html", List.of(PdfOptions.class),
      "docx", List.of(DocxOptions.class),
      "pptx", List.of(PptxOptions.class),
      "png", List.of(PptxOptions.class),
      "json", List.of());

  /** Formats whose output has no images, so fetching them or not changes nothing. */
  private static final java.util.Set<String> IMAGELESS = java.util.Set.of("json");

  private static final List<Class<?>> ALL_OPTIONS =
      List.of(PdfOptions.class, DocxOptions.class, PptxOptions.class);

  private Fingerprint() {}

  /** A hash of the note's bytes and, for a page bundle, of every other file in its folder. */
  public static String ofNote(Note note) throws IOException {
    MessageDigest d = sha256();
    d.update(Files.readAllBytes(note.file()));
    if (note.isBundle()) {
      Path folder = note.file().toAbsolutePath().getParent();
      List<Path> others = new ArrayList<>();
      try (var files = Files.walk(folder)) {
        files.filter(Files::isRegularFile)
            .filter(f -> !f.equals(note.file().toAbsolutePath()))
            .filter(f -> !Discovery.isNoteName(f.getFileName().toString()))
            .forEach(others::add);
      }
      others.sort(null);
      for (Path f : others) {
        d.update(folder.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
        feed(d, f);
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /**
   * A hash of what a format's output depends on besides the note: the tool's version, the option
   * records the format reads (file options by content) and the allowed resource folders.
   * (Changes to tsuzuri itself between runs of one development version are not seen: use
   * {@code --force}.)
   */
  public static String ofOptions(String format, WriteOptions options, List<Path> resourceRoots) {
    return ofOptions(format, options, resourceRoots, "");
  }

  /** Like {@link #ofOptions(String, WriteOptions, List)}, with the reader's settings too. */
  public static String ofOptions(String format, WriteOptions options, List<Path> resourceRoots,
      String readerSettings) {
    return ofOptions(format, options, resourceRoots, readerSettings, false);
  }

  /**
   * Like {@link #ofOptions(String, WriteOptions, List, String)}, with whether remote images are
   * fetched: turning that on or off converts again every format that shows images.
   */
  public static String ofOptions(String format, WriteOptions options, List<Path> resourceRoots,
      String readerSettings, boolean allowRemote) {
    MessageDigest d = sha256();
    StringBuilder b = new StringBuilder(format).append('\n').append(Version.get()).append('\n')
        .append(readerSettings).append('\n');
    for (Class<?> type : OPTIONS_BY_FORMAT.getOrDefault(format, ALL_OPTIONS)) {
      options.find(type).ifPresent(o -> describe(o, b, d));
      b.append('\n');
    }
    for (Path r : resourceRoots) {
      b.append(r.toAbsolutePath().normalize()).append('\n');
    }
    if (allowRemote && !IMAGELESS.contains(format)) {
      // appended only when on, so hashes recorded before the option existed stay valid
      b.append("allow-remote\n");
    }
    d.update(b.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d.digest());
  }

  private static void describe(Object record, StringBuilder b, MessageDigest d) {
    b.append(record.getClass().getName());
    if (!record.getClass().isRecord()) {
      b.append(record);
      return;
    }
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      b.append(' ').append(c.getName()).append('=').append(v);
      if (v instanceof Path p && Files.isRegularFile(p)) {
        try {
          feed(d, p);
        } catch (IOException e) {
          b.append("(unreadable)");
        }
      }
    }
  }

  private static void feed(MessageDigest d, Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[65536];
      int n;
      while ((n = in.read(buf)) > 0) {
        d.update(buf, 0, n);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
