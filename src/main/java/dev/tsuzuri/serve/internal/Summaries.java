package dev.tsuzuri.serve.internal;

import dev.tsuzuri.convert.NoteResult;
import dev.tsuzuri.diag.Messages;
import dev.tsuzuri.convert.internal.Note;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.NoteReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The index's view of each note, from reading its front matter and text (no conversion), kept
 * while the file's size and modification time stay the same. When the note has been converted
 * to HTML, that conversion's warning count is shown, as it includes what only writing finds
 * (missing pictures, say). Conversions read through {@link #recording}, so after one the
 * summary is known without reading again.
 */
final class Summaries {
  private record Cached(long modified, long size, Summary summary) {}

  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  private volatile NoteReader reader;

  Summaries(NoteReader reader) {
    this.reader = reader;
  }

  /** Reads notes with another reader (settings changed) and forgets what was read. */
  void reset(NoteReader newReader) {
    reader = newReader;
    cache.clear();
  }

  /**
   * A reader that tells these summaries what it read, so a conversion spares the index and the
   * note's page a second reading. Its settings are the inner reader's: fingerprints stay the
   * same.
   */
  NoteReader recording(NoteReader inner) {
    return new NoteReader() {
      @Override
      public Document read(Path file, WarningSink warnings) throws IOException {
        Optional<BasicFileAttributes> before = attributes(file);
        Document doc = inner.read(file, warnings);
        before.ifPresent(a -> cache.put(key(file), new Cached(a.lastModifiedTime().toMillis(),
            a.size(), Summary.of(doc, file.getFileName().toString(),
                warnings.warnings().size()))));
        return doc;
      }

      @Override
      public String settings() {
        return inner.settings();
      }

      @Override
      public NoteReader forSite(dev.tsuzuri.site.Site site) {
        NoteReader own = inner.forSite(site);
        return own == inner ? this : recording(own);
      }
    };
  }

  /** A note's summary; {@code html} is its last HTML conversion, if any. */
  Summary of(Note note, Optional<NoteResult> html) {
    Summary s = read(note);
    if (html.isPresent() && html.get().ok()) {
      return s.withWarnings(html.get().warnings().size());
    }
    return s;
  }

  private static String key(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  private static Optional<BasicFileAttributes> attributes(Path file) {
    try {
      return Optional.of(Files.readAttributes(file, BasicFileAttributes.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private Summary read(Note note) {
    String name = note.file().getFileName().toString();
    long modified;
    long size;
    try {
      BasicFileAttributes a = Files.readAttributes(note.file(), BasicFileAttributes.class);
      modified = a.lastModifiedTime().toMillis();
      size = a.size();
    } catch (IOException e) {
      return Summary.failed(name, note.file() + ": " + Messages.reason(e));
    }
    String key = key(note.file());
    Cached c = cache.get(key);
    if (c != null && c.modified() == modified && c.size() == size) {
      return c.summary();
    }
    Summary s;
    WarningSink warnings = WarningSink.collecting(note.file().toString());
    try {
      Document doc = reader.read(note.file(), warnings);
      s = Summary.of(doc, name, warnings.warnings().size());
    } catch (Exception | StackOverflowError e) {
      s = Summary.failed(name, Messages.describe(e, note.file().toString(), null));
    }
    cache.put(key, new Cached(modified, size, s));
    return s;
  }
}
