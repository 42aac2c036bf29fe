package dev.tsuzuri.convert.internal;

import dev.tsuzuri.write.FingerprintSink;
import dev.tsuzuri.write.WriteOptions;
import dev.tsuzuri.write.WriterProvider;
import dev.tsuzuri.write.Writers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Hashes that decide whether a note needs converting again: one over the note (and, for a Hugo
 * page bundle, the files beside it), one per format over the options that format uses, including
 * the content of template and stylesheet files they name.
 */
public final class Fingerprint {
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
   * fetched: turning that on or off converts again every format that shows images. The format's
   * provider feeds its own options only, so other writers' options never rebuild its outputs; a
   * format no provider knows depends on every option record set.
   */
  public static String ofOptions(String format, WriteOptions options, List<Path> resourceRoots,
      String readerSettings, boolean allowRemote) {
    MessageDigest d = sha256();
    StringBuilder b = new StringBuilder(format).append('\n').append(Version.get()).append('\n')
        .append(readerSettings).append('\n');
    Sink sink = new Sink(b, d);
    WriterProvider<?> provider = Writers.all().get(format);
    if (provider != null) {
      feed(provider, options, sink);
    } else {
      options.all().forEach(sink::record);
    }
    b.append('\n');
    for (Path r : resourceRoots) {
      b.append(r.toAbsolutePath().normalize()).append('\n');
    }
    if (allowRemote && (provider == null || provider.showsImages())) {
      // appended only when on, so hashes recorded before the option existed stay valid
      b.append("allow-remote\n");
    }
    d.update(b.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d.digest());
  }

  private static <O> void feed(WriterProvider<O> provider, WriteOptions options, Sink sink) {
    provider.fingerprint(provider.optionsIn(options), sink);
  }

  /** Values into the description, files by content into the digest. */
  private record Sink(StringBuilder description, MessageDigest digest) implements FingerprintSink {
    @Override
    public FingerprintSink value(String name, Object value) {
      if (name.equals("type")) {
        description.append(value);
      } else {
        description.append(' ').append(name).append('=').append(value);
      }
      return this;
    }

    @Override
    public FingerprintSink file(Path file) {
      if (Files.isRegularFile(file)) {
        try {
          Fingerprint.feed(digest, file);
        } catch (IOException e) {
          description.append("(unreadable)");
        }
      }
      return this;
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
