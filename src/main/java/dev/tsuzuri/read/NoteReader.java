package dev.tsuzuri.read;

import dev.tsuzuri.diag.WarningSink;
import dev.tsuzuri.outline.Document;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns a note file into an outline. The default is tsuzuri's {@link
 * dev.tsuzuri.read.markdown.MarkdownReader}; tests and embedders may supply another.
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
   * @throws dev.tsuzuri.diag.TsuzuriException when the note is malformed
   */
  Document read(Path file, WarningSink warnings) throws IOException;

  /**
   * Only the metadata of a note (its front matter), for finding what other notes link to; the
   * language is not detected. Readers that cannot read less read the whole note.
   *
   * @throws IOException when the file cannot be read
   * @throws dev.tsuzuri.diag.TsuzuriException when the note is malformed
   */
  default dev.tsuzuri.outline.Metadata metadata(Path file, WarningSink warnings)
      throws IOException {
    return read(file, warnings).metadata();
  }

  /**
   * The reader for notes of a Hugo site: one that also reads the shortcodes the site defines in
   * its (or its theme's) {@code layouts/shortcodes/}. Readers that know no sites return
   * themselves; so does every reader for {@code null}.
   *
   * @param site the site the notes belong to, or null
   */
  default NoteReader forSite(dev.tsuzuri.site.Site site) {
    return this;
  }

  /**
   * The reader's settings that change what it reads (an encoding, say), as text: a change
   * makes up-to-date outputs out of date. Readers without settings return "".
   */
  default String settings() {
    return "";
  }
}
