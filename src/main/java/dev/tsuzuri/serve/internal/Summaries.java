package dev.tsuzuri.serve.internal;

import dev.tsuzuri.convert.NoteResult;
import dev.tsuzuri.convert.internal.Messages;
import dev.tsuzuri.convert.internal.Note;
import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import dev.tsuzuri.read.NoteReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The index's view of each note, from reading its front matter and text (no conversion), kept
 * while the file's size and modification time stay the same. When the note has been converted
 * to HTML, that conversion's warning count is shown, as it includes what only writing finds
 * (missing pictures, say).
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

  /** A note's summary; {@code html} is its last HTML conversion, if any. */
  Summary of(Note note, Optional<NoteResult> html) {
    Summary s = read(note);
    if (html.isPresent() && html.get().ok()) {
      return s.withWarnings(html.get().warnings().size());
    }
    return s;
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
    Cached c = cache.get(note.key());
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
    cache.put(note.key(), new Cached(modified, size, s));
    return s;
  }
}
