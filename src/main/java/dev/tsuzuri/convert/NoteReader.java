package dev.tsuzuri.convert;

import dev.tsuzuri.WarningSink;
import dev.tsuzuri.outline.Document;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a note file into an outline. The default is tsuzuri's Markdown reader; tests and
 * embedders may supply another.
 */
@FunctionalInterface
public interface NoteReader {
  /**
   * Reads one note.
   *
   * @param file the note
   * @param warnings where to report what was approximated
   * @return the note's outline
   * @throws IOException when the file cannot be read
   * @throws dev.tsuzuri.TsuzuriException when the note is malformed
   */
  Document read(Path file, WarningSink warnings) throws IOException;

  /**
   * The reader's settings that change what it reads (an encoding, say), as text: a change
   * makes up-to-date outputs out of date. Readers without settings return "".
   */
  default String settings() {
    return "";
  }

  /** tsuzuri's Markdown reader with its default options. */
  static NoteReader markdown() {
    return dev.tsuzuri.convert.internal.MarkdownNoteReader.INSTANCE;
  }

  /** tsuzuri's Markdown reader with these options (an encoding, limits, shortcodes). */
  static NoteReader markdown(dev.tsuzuri.read.ReadOptions options) {
    return new dev.tsuzuri.convert.internal.MarkdownNoteReader(options);
  }
}
